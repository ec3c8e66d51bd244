// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "softirqtable.h"

#include <QCoreApplication>

#include <array>
#include <numeric>

quint64 SoftirqTable::total(qsizetype type) const
{
    Q_ASSERT(type >= 0 && type < types.size());
    const auto row = countsOf(type);
    return std::accumulate(row.begin(), row.end(), quint64(0));
}

QString SoftirqTable::describe(QStringView type)
{
    struct Description
    {
        QStringView type;
        const char *text;
    };
    // Names as in the kernel's softirq_to_name[]; BLOCK_IOPOLL is the pre-4.5 name of IRQ_POLL.
    static constexpr std::array descriptions = {
        Description {u"HI",
            QT_TRANSLATE_NOOP("SoftirqTable",
                "High-priority tasklets: deferred driver work queued with tasklet_hi_schedule(), "
                "run before every other softirq (some sound, USB and legacy drivers).")},
        Description {u"TIMER",
            QT_TRANSLATE_NOOP("SoftirqTable",
                "Timer wheel: runs the kernel's ordinary low-resolution timers (timeouts in "
                "networking, storage and drivers) on the CPU that armed them, after a tick.")},
        Description {u"NET_TX",
            QT_TRANSLATE_NOOP("SoftirqTable",
                "Network transmit work: frees packets whose transmission the driver completed "
                "and restarts queueing disciplines that had to wait for a busy device.")},
        Description {u"NET_RX",
            QT_TRANSLATE_NOOP("SoftirqTable",
                "Network receive processing: packets taken from NIC queues (NAPI polling, and "
                "RPS work sent here from other CPUs).")},
        Description {u"BLOCK",
            QT_TRANSLATE_NOOP("SoftirqTable",
                "Block I/O completion: finishes disk and SSD requests the device reported done, "
                "usually on the CPU that submitted them.")},
        Description {u"BLOCK_IOPOLL",
            QT_TRANSLATE_NOOP("SoftirqTable",
                "Block I/O polling (kernels before 4.5, later IRQ_POLL): storage drivers collect "
                "finished requests in batches here instead of taking one interrupt each.")},
        Description {u"IRQ_POLL",
            QT_TRANSLATE_NOOP("SoftirqTable",
                "Interrupt polling: storage and RDMA drivers (irq_poll) collect completions in "
                "budgeted batches here instead of taking one interrupt per completion.")},
        Description {u"TASKLET",
            QT_TRANSLATE_NOOP("SoftirqTable",
                "Tasklets: short pieces of deferred driver work (bottom halves) that interrupt "
                "handlers schedule with tasklet_schedule() to finish outside hard-IRQ context.")},
        Description {u"SCHED",
            QT_TRANSLATE_NOOP("SoftirqTable",
                "Scheduler load balancing: triggered by the scheduler tick, moves runnable "
                "tasks between CPUs' run queues, also on behalf of idle tickless CPUs.")},
        Description {u"HRTIMER",
            QT_TRANSLATE_NOOP("SoftirqTable",
                "Soft high-resolution timers: runs callbacks of hrtimers that asked to expire "
                "in softirq context rather than in the hard timer interrupt (many under "
                "PREEMPT_RT).")},
        Description {u"RCU",
            QT_TRANSLATE_NOOP("SoftirqTable",
                "Read-copy-update: advances RCU grace periods on this CPU and runs the callbacks "
                "that free memory no reader can still see (unless offloaded to rcuo threads).")},
    };
    for (const Description &d : descriptions) {
        if (d.type == type)
            return QCoreApplication::translate("SoftirqTable", d.text);
    }
    return {};
}
