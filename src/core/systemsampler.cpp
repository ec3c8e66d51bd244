// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "systemsampler.h"

#include "softirqsparser.h"
#include "statparser.h"
#include "systempaths.h"

#include <limits>

namespace {
constexpr double unknown = std::numeric_limits<double>::quiet_NaN();

template<typename Parser>
std::shared_ptr<const typename decltype(Parser::parse(QByteArrayView(), std::declval<IssueCollector &>()))::value_type>
readShared(const SystemRoot &root, const QString &path, FileBuffer *buffer, QList<SourceIssue> *issues)
{
    using Value = typename decltype(Parser::parse(QByteArrayView(), std::declval<IssueCollector &>()))::value_type;
    QString error;
    switch (root.load(path, buffer, &error)) {
    case SystemRoot::ReadStatus::Missing:
        return nullptr; // optional on old kernels and in fixture roots
    case SystemRoot::ReadStatus::Failed:
        issues->append({root.displayPath(path), 0, error, SourceIssue::Severity::Error});
        return nullptr;
    case SystemRoot::ReadStatus::Ok:
        break;
    }
    IssueCollector collector(root.displayPath(path), issues);
    auto parsed = Parser::parse(buffer->view(), collector);
    return parsed ? std::make_shared<const Value>(std::move(*parsed)) : nullptr;
}
} // namespace

SystemSampler::SystemSampler(SystemRoot root)
    : m_root(root)
    , m_interrupts(std::move(root))
{
    m_clock.start();
}

void SystemSampler::reset()
{
    m_interrupts.reset();
    m_previousSoftirqs.reset();
    m_previousStat.reset();
    m_previousNs = 0;
}

SystemSample SystemSampler::sample()
{
    return sampleAt(m_clock.nsecsElapsed());
}

SystemSample SystemSampler::sampleAt(qint64 monotonicNs)
{
    SystemSample sample;
    sample.monotonicNs = monotonicNs;
    sample.time = QDateTime::currentDateTime();

    InterruptSampler::Sample interrupts = m_interrupts.sampleAt(monotonicNs);
    sample.interrupts = std::move(interrupts.table);
    if (interrupts.rates)
        sample.interruptRates = std::make_shared<const InterruptRates>(std::move(*interrupts.rates));
    sample.issues = std::move(interrupts.issues);

    sample.softirqs = readShared<SoftirqsParser>(m_root, SystemPaths::softirqs(), &m_buffer, &sample.issues);
    sample.stat = readShared<StatParser>(m_root, SystemPaths::stat(), &m_buffer, &sample.issues);

    const bool haveInterval = m_previousNs > 0 && monotonicNs > m_previousNs;
    const double seconds = haveInterval ? double(monotonicNs - m_previousNs) / 1e9 : 0;
    if (haveInterval && sample.softirqs && m_previousSoftirqs)
        sample.softirqRates = computeSoftirqRates(*m_previousSoftirqs, *sample.softirqs, seconds);
    if (sample.stat && m_previousStat)
        sample.cpuTime = computeCpuTime(*m_previousStat, *sample.stat);

    if (sample.softirqs)
        m_previousSoftirqs = sample.softirqs;
    if (sample.stat)
        m_previousStat = sample.stat;
    m_previousNs = monotonicNs;
    return sample;
}

SoftirqRates SystemSampler::computeSoftirqRates(
    const SoftirqTable &previous, const SoftirqTable &current, double seconds)
{
    Q_ASSERT(seconds > 0);
    SoftirqRates rates;
    rates.cpus = current.cpus;
    rates.types = current.types;
    rates.seconds = seconds;
    const qsizetype columns = current.cpus.size();
    rates.perCell.assign(size_t(current.types.size() * columns), unknown);
    rates.perType.fill(unknown, current.types.size());
    rates.perCpu.fill(unknown, columns); // NaN until a cell of that CPU is known

    QList<qsizetype> previousColumn(columns, -1);
    for (qsizetype c = 0; c < columns; ++c)
        previousColumn[c] = previous.cpus.indexOf(current.cpus[c]);

    for (qsizetype t = 0; t < current.types.size(); ++t) {
        const qsizetype p = previous.types.indexOf(current.types[t]);
        if (p < 0)
            continue;
        double sum = 0;
        bool any = false;
        for (qsizetype c = 0; c < columns; ++c) {
            if (previousColumn[c] < 0)
                continue;
            const auto delta
                = InterruptSampler::counterDelta(previous.count(p, previousColumn[c]), current.count(t, c));
            if (!delta)
                continue;
            const double rate = double(*delta) / seconds;
            rates.perCell[size_t(t * columns + c)] = rate;
            rates.perCpu[c] = std::isnan(rates.perCpu[c]) ? rate : rates.perCpu[c] + rate;
            sum += rate;
            any = true;
        }
        if (any)
            rates.perType[t] = sum;
    }
    return rates;
}

QList<CpuTimeShare> SystemSampler::computeCpuTime(const CpuStat &previous, const CpuStat &current)
{
    QList<CpuTimeShare> shares;
    shares.reserve(current.cpus.size());
    // Ticks only ever grow; a CPU whose total went back was reset by hot-plug: skip it.
    auto delta = [](quint64 before, quint64 after) {
        return after >= before ? double(after - before) : -1.0;
    };
    for (const CpuTimes &now : current.cpus) {
        const CpuTimes *before = previous.timesOf(now.cpu);
        if (!before)
            continue;
        const double total = delta(before->total(), now.total());
        if (total <= 0)
            continue;
        const double idle = delta(before->idle + before->iowait, now.idle + now.iowait);
        CpuTimeShare share;
        share.cpu = now.cpu;
        share.irq = std::clamp(100.0 * delta(before->irq, now.irq) / total, 0.0, 100.0);
        share.softirq = std::clamp(100.0 * delta(before->softirq, now.softirq) / total, 0.0, 100.0);
        share.steal = std::clamp(100.0 * delta(before->steal, now.steal) / total, 0.0, 100.0);
        share.busy = std::clamp(100.0 - 100.0 * idle / total, 0.0, 100.0);
        shares.append(share);
    }
    return shares;
}
