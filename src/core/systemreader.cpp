// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "systemreader.h"

#include "cputopologyreader.h"
#include "interruptsparser.h"
#include "irqinforeader.h"
#include "nicqueuereader.h"
#include "softirqsparser.h"
#include "statparser.h"
#include "systempaths.h"

#include <QCoreApplication>

#include <algorithm>

bool SystemState::hasErrors() const
{
    return std::any_of(issues.cbegin(), issues.cend(),
        [](const SourceIssue &i) { return i.severity == SourceIssue::Severity::Error; });
}

const IrqInfo *SystemState::irq(uint irq) const
{
    const auto it = irqs.constFind(irq);
    return it == irqs.cend() ? nullptr : &*it;
}

bool SystemReader::readText(
    const SystemRoot &root, const QString &path, bool required, QByteArray *data, QList<SourceIssue> *issues)
{
    QString error;
    switch (root.read(path, data, &error)) {
    case SystemRoot::ReadStatus::Ok:
        return true;
    case SystemRoot::ReadStatus::Missing:
        if (required && issues) {
            issues->append({root.displayPath(path), 0,
                QCoreApplication::translate("SystemReader", "the file does not exist"), SourceIssue::Severity::Error});
        }
        return false;
    case SystemRoot::ReadStatus::Failed:
        if (issues) {
            issues->append({root.displayPath(path), 0,
                QCoreApplication::translate("SystemReader", "cannot read the file: %1").arg(error),
                SourceIssue::Severity::Error});
        }
        return false;
    }
    return false;
}

SystemState SystemReader::read(const SystemRoot &root, Parts parts)
{
    SystemState state;
    QList<SourceIssue> *issues = &state.issues;
    if (parts & Part::Identity) {
        state.kernelRelease = root.readLine(SystemPaths::kernelRelease()).value_or(QString());
        state.hostname = root.readLine(SystemPaths::hostname()).value_or(QString());
    }
    if (parts & Part::Interrupts)
        state.interrupts = readFile<InterruptsParser>(root, SystemPaths::interrupts(), true, issues);
    if (parts & Part::Softirqs)
        state.softirqs = readFile<SoftirqsParser>(root, SystemPaths::softirqs(), false, issues);
    if (parts & Part::Stat)
        state.stat = readFile<StatParser>(root, SystemPaths::stat(), false, issues);
    if (parts & Part::Irqs) {
        state.irqs = IrqInfoReader::readAll(root, issues);
        state.defaultAffinity = IrqInfoReader::readDefaultAffinity(root, issues);
    }
    if (parts & Part::Topology)
        state.topology = CpuTopologyReader::read(root, issues);
    if (parts & Part::Network) {
        state.nics = NicQueueReader::read(root, issues);
        if (state.interrupts)
            state.queueOfIrq = NicQueueReader::mapIrqs(state.nics, *state.interrupts);
    }
    return state;
}
