// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "clicommands.h"

#include "interruptsampler.h"
#include "irqscopeversion.h"
#include "jsonwriter.h"
#include "snapshot.h"
#include "softirqsparser.h"
#include "systemreader.h"
#include "texttable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {

struct Command
{
    QString name;
    QString summary;
};

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {u"list"_s,
            QCoreApplication::translate(
                "irqscope-cli", "one row per interrupt: id, total, affinity, effective affinity, name (default)")},
        {u"show"_s, QCoreApplication::translate("irqscope-cli", "everything known about one interrupt: show IRQ")},
        {u"softirqs"_s, QCoreApplication::translate("irqscope-cli", "softirq counts per type and CPU")},
        {u"queues"_s,
            QCoreApplication::translate(
                "irqscope-cli", "network interfaces, their queues, RPS/XPS masks and the IRQs serving them")},
        {u"topology"_s,
            QCoreApplication::translate(
                "irqscope-cli", "CPUs: online, isolated, packages, cores, SMT siblings, NUMA nodes")},
        {u"snapshot"_s,
            QCoreApplication::translate("irqscope-cli", "save everything to a JSON snapshot: snapshot -o FILE")},
    };
    return list;
}

/// The options every subcommand understands.
struct GlobalOptions
{
    QCommandLineOption root {u"root"_s,
        QCoreApplication::translate("irqscope-cli", "Read the system below DIR instead of / (a fixture or a chroot)."),
        u"DIR"_s};
    QCommandLineOption snapshot {u"snapshot"_s,
        QCoreApplication::translate("irqscope-cli", "Read a saved snapshot instead of the live system."), u"FILE"_s};
    QCommandLineOption json {u"json"_s, QCoreApplication::translate("irqscope-cli", "Print JSON instead of a table.")};
};

class Cli
{
public:
    Cli(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    { }

    int run(const QStringList &arguments);

private:
    int usageError(const QString &message)
    {
        m_err << QCoreApplication::applicationName() << u": "_s << message << u'\n'
              << QCoreApplication::translate("irqscope-cli", "Try '%1 --help' for more information.")
                     .arg(QCoreApplication::applicationName())
              << u'\n';
        return CliCommands::UsageError;
    }
    int sourceError(const QString &message)
    {
        m_err << QCoreApplication::applicationName() << u": "_s << message << u'\n';
        return CliCommands::SourceError;
    }
    void printIssues(const QList<SourceIssue> &issues)
    {
        for (const SourceIssue &issue : issues) {
            m_err << QCoreApplication::applicationName() << u": "_s
                  << (issue.severity == SourceIssue::Severity::Error
                             ? QCoreApplication::translate("irqscope-cli", "error")
                             : QCoreApplication::translate("irqscope-cli", "warning"))
                  << u": "_s << issue.toString() << u'\n';
        }
    }
    /// The first Error issue about @p path, as "cannot use FILE: reason".
    std::optional<QString> errorFor(const QList<SourceIssue> &issues, const QString &path) const
    {
        const QString display = m_root.displayPath(path);
        for (const SourceIssue &issue : issues) {
            if (issue.severity == SourceIssue::Severity::Error && issue.file == display)
                return issue.toString();
        }
        return std::nullopt;
    }
    /// UTF-8 bytes straight to the output device, skipping QTextStream's conversion.
    void writeRaw(const QByteArray &bytes)
    {
        m_out.flush();
        if (QIODevice *device = m_out.device())
            device->write(bytes);
        else
            m_out << QString::fromUtf8(bytes);
    }
    /// Points m_root at --root or --snapshot; returns 0, or the exit code after printing why.
    int setUpRoot(const QCommandLineParser &parser);

    int list(const QStringList &arguments);
    int show(const QStringList &arguments);
    int softirqs(const QStringList &arguments);
    int queues(const QStringList &arguments);
    int topology(const QStringList &arguments);
    int snapshot(const QStringList &arguments);

    QTextStream &m_out;
    QTextStream &m_err;
    GlobalOptions m_global;
    SystemRoot m_root;
    QString m_commandName;
};

QString cpuList(const std::optional<CpuSet> &set)
{
    return set ? (set->isEmpty() ? QCoreApplication::translate("irqscope-cli", "none") : set->toCpuList()) : u"-"_s;
}

QString formatRate(double rate)
{
    if (!InterruptRates::isKnown(rate))
        return u"-"_s;
    return QString::number(rate, 'f', rate < 10 ? 1 : 0);
}

QString rowName(const InterruptRow &row)
{
    return row.kind == InterruptRow::Kind::Irq ? row.name() : row.description;
}

QString kindName(InterruptRow::Kind kind)
{
    switch (kind) {
    case InterruptRow::Kind::Irq:
        return u"irq"_s;
    case InterruptRow::Kind::Arch:
        return u"arch"_s;
    case InterruptRow::Kind::Single:
        return u"single"_s;
    }
    return {};
}

QString queueText(const IrqQueueBinding &binding)
{
    QString kind;
    switch (binding.kind) {
    case IrqQueueBinding::Kind::Unknown:
        break;
    case IrqQueueBinding::Kind::Combined:
        kind = u"combined"_s;
        break;
    case IrqQueueBinding::Kind::Rx:
        kind = u"rx"_s;
        break;
    case IrqQueueBinding::Kind::Tx:
        kind = u"tx"_s;
        break;
    }
    QString text = binding.interface;
    if (binding.queue)
        text += u" queue "_s + QString::number(*binding.queue);
    if (!kind.isEmpty())
        text += u" ("_s + kind + u')';
    return text;
}

int Cli::setUpRoot(const QCommandLineParser &parser)
{
    if (parser.isSet(m_global.root) && parser.isSet(m_global.snapshot))
        return usageError(QCoreApplication::translate("irqscope-cli", "--root and --snapshot cannot be used together"));
    if (parser.isSet(m_global.snapshot)) {
        const QString file = parser.value(m_global.snapshot);
        const Snapshot::LoadResult loaded = Snapshot::load(file);
        if (!loaded.snapshot)
            return sourceError(loaded.error);
        m_root = loaded.snapshot->root(file);
    } else if (parser.isSet(m_global.root)) {
        m_root = SystemRoot(parser.value(m_global.root));
    }
    return CliCommands::Ok;
}

int Cli::run(const QStringList &arguments)
{
    // Find the subcommand: the first argument that is neither an option nor an option's value.
    QStringList rest = arguments.mid(1);
    qsizetype commandIndex = -1;
    for (qsizetype i = 0; i < rest.size(); ++i) {
        const QString &arg = rest[i];
        if (arg == u"--")
            break;
        if (arg.startsWith(u'-')) {
            if ((arg == u"--root" || arg == u"--snapshot" || arg == u"-o" || arg == u"--output" || arg == u"--cpus"
                    || arg == u"--sort" || arg == u"--rate"))
                ++i;
            continue;
        }
        commandIndex = i;
        break;
    }
    m_commandName = u"list"_s;
    if (commandIndex >= 0)
        m_commandName = rest.takeAt(commandIndex);
    const QStringList args = QStringList {arguments.value(0)} + rest;

    if (m_commandName == u"list")
        return list(args);
    if (m_commandName == u"show")
        return show(args);
    if (m_commandName == u"softirqs")
        return softirqs(args);
    if (m_commandName == u"queues")
        return queues(args);
    if (m_commandName == u"topology")
        return topology(args);
    if (m_commandName == u"snapshot")
        return snapshot(args);
    if (m_commandName == u"help") {
        m_commandName = u"list"_s;
        return list({arguments.value(0), u"--help"_s});
    }
    return usageError(QCoreApplication::translate("irqscope-cli", "unknown command \"%1\"").arg(m_commandName));
}

/// Sets up a parser with the global options plus the subcommand's, and handles --help,
/// --version and errors. Returns false when the caller should return @p exitCode.
bool parseArguments(QCommandLineParser &parser, const GlobalOptions &global, const QString &command,
    const QString &description, const QStringList &arguments, QTextStream &out, QTextStream &err, int *exitCode)
{
    QString text = description + u"\n\n"_s + QCoreApplication::translate("irqscope-cli", "Commands:") + u'\n';
    for (const Command &c : commands())
        text += u"  "_s + c.name.leftJustified(10) + c.summary + u'\n';
    text += u'\n'
        + QCoreApplication::translate(
            "irqscope-cli", "Exit status: 0 success, 2 usage error, 3 a source could not be read.");
    parser.setApplicationDescription(text);
    parser.addOptions({global.root, global.snapshot});
    const QCommandLineOption help(
        QStringList {u"h"_s, u"help"_s}, QCoreApplication::translate("irqscope-cli", "Show this help."));
    const QCommandLineOption version(u"version"_s, QCoreApplication::translate("irqscope-cli", "Show the version."));
    parser.addOption(help);
    parser.addOption(version);
    if (!parser.parse(arguments)) {
        err << QCoreApplication::applicationName() << u": "_s << parser.errorText() << u'\n'
            << QCoreApplication::translate("irqscope-cli", "Try '%1 %2 --help' for more information.")
                   .arg(QCoreApplication::applicationName(), command)
            << u'\n';
        *exitCode = CliCommands::UsageError;
        return false;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        *exitCode = CliCommands::Ok;
        return false;
    }
    if (parser.isSet(version)) {
        out << QCoreApplication::applicationName() << u' ' << QStringLiteral(IRQSCOPE_VERSION_STRING) << u'\n';
        *exitCode = CliCommands::Ok;
        return false;
    }
    return true;
}

int Cli::list(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption perCpu(
        u"per-cpu"_s, QCoreApplication::translate("irqscope-cli", "Show one column per CPU."));
    const QCommandLineOption cpus(u"cpus"_s,
        QCoreApplication::translate("irqscope-cli", "Only these CPUs (a list such as 0-3,8): columns and totals."),
        u"LIST"_s);
    const QCommandLineOption sort(u"sort"_s,
        QCoreApplication::translate("irqscope-cli", "Order rows by id (file order), total, name or rate."), u"KEY"_s,
        u"id"_s);
    const QCommandLineOption rate(u"rate"_s,
        QCoreApplication::translate("irqscope-cli", "Sample twice, SECONDS apart, and show interrupts per second."),
        u"SECONDS"_s);
    parser.addOptions({perCpu, cpus, sort, rate, m_global.json});
    int exitCode = 0;
    if (!parseArguments(parser, m_global, u"list"_s,
            QCoreApplication::translate(
                "irqscope-cli", "Lists the interrupts of a Linux system and where they may and do go."),
            arguments, m_out, m_err, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return usageError(QCoreApplication::translate("irqscope-cli", "list takes no arguments (got \"%1\")")
                              .arg(parser.positionalArguments().join(u' ')));

    const QString sortKey = parser.value(sort);
    if (!QStringList {u"id"_s, u"total"_s, u"name"_s, u"rate"_s}.contains(sortKey))
        return usageError(
            QCoreApplication::translate("irqscope-cli", "--sort takes id, total, name or rate, not \"%1\"")
                .arg(sortKey));
    double interval = 0;
    if (parser.isSet(rate)) {
        bool ok = false;
        interval = parser.value(rate).toDouble(&ok);
        if (!ok || !(interval > 0) || interval > 3600)
            return usageError(QCoreApplication::translate(
                "irqscope-cli", "--rate takes a number of seconds between 0 and 3600, not \"%1\"")
                                  .arg(parser.value(rate)));
    }
    if (sortKey == u"rate" && interval <= 0)
        return usageError(QCoreApplication::translate("irqscope-cli", "--sort rate needs --rate SECONDS"));
    std::optional<CpuSet> cpuFilter;
    if (parser.isSet(cpus)) {
        const auto parsed = CpuSet::fromCpuList(parser.value(cpus), CpuSet::MaxCpus, CpuSet::EmptyPolicy::RejectEmpty);
        if (!parsed.set)
            return usageError(QCoreApplication::translate("irqscope-cli", "--cpus: %1").arg(parsed.message));
        cpuFilter = parsed.set;
    }
    if (const int code = setUpRoot(parser))
        return code;

    // Rates need two samples of the same file; a snapshot or fixture simply gives zero rates.
    std::shared_ptr<const InterruptTable> table;
    std::optional<InterruptRates> rates;
    QList<SourceIssue> issues;
    InterruptSampler sampler(m_root);
    InterruptSampler::Sample first = sampler.sample();
    issues += first.issues;
    table = first.table;
    if (table && interval > 0) {
        QThread::usleep(static_cast<unsigned long>(interval * 1e6));
        InterruptSampler::Sample second = sampler.sample();
        issues += second.issues;
        table = second.table;
        rates = second.rates;
    }
    if (!table) {
        printIssues(issues);
        return CliCommands::SourceError;
    }
    const SystemState state = SystemReader::read(m_root, SystemReader::Part::Irqs);
    issues += state.issues;
    printIssues(issues);

    QList<qsizetype> columns;
    for (qsizetype c = 0; c < table->cpus.size(); ++c) {
        if (!cpuFilter || cpuFilter->contains(table->cpus[c]))
            columns.append(c);
    }
    if (cpuFilter && columns.isEmpty()) {
        return usageError(
            QCoreApplication::translate("irqscope-cli", "--cpus %1 names no CPU of this file (its CPUs: %2)")
                .arg(parser.value(cpus), CpuSet::fromList(table->cpus).toCpuList()));
    }

    struct Line
    {
        qsizetype row;
        quint64 total;
        double rate;
    };
    QList<Line> lines;
    lines.reserve(table->rows.size());
    for (qsizetype r = 0; r < table->rows.size(); ++r) {
        const InterruptRow &row = table->rows[r];
        quint64 total = row.total;
        double rowRate = rates ? rates->perRow[r] : std::nan("");
        if (cpuFilter && row.hasPerCpuCounts()) {
            total = 0;
            double sum = 0;
            bool known = false;
            for (qsizetype c : columns) {
                total += table->count(r, c);
                if (rates && InterruptRates::isKnown(rates->cell(r, c))) {
                    sum += rates->cell(r, c);
                    known = true;
                }
            }
            rowRate = known ? sum : std::nan("");
        }
        lines.append({r, total, rowRate});
    }
    auto rateKey = [](double r) {
        return InterruptRates::isKnown(r) ? r : -1.0;
    };
    if (sortKey == u"total") {
        std::stable_sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) { return a.total > b.total; });
    } else if (sortKey == u"rate") {
        std::stable_sort(lines.begin(), lines.end(),
            [&](const Line &a, const Line &b) { return rateKey(a.rate) > rateKey(b.rate); });
    } else if (sortKey == u"name") {
        // Rows without a name (ERR, MIS, unclaimed IRQs) go last, not first.
        std::stable_sort(lines.begin(), lines.end(), [&](const Line &a, const Line &b) {
            const QString x = rowName(table->rows[a.row]);
            const QString y = rowName(table->rows[b.row]);
            if (x.isEmpty() != y.isEmpty())
                return y.isEmpty();
            return x.compare(y, Qt::CaseInsensitive) < 0;
        });
    } else {
        // Numbered IRQs by number, then the architecture rows in the kernel's order.
        std::stable_sort(lines.begin(), lines.end(), [&](const Line &a, const Line &b) {
            const InterruptRow &x = table->rows[a.row];
            const InterruptRow &y = table->rows[b.row];
            const bool xi = x.kind == InterruptRow::Kind::Irq;
            const bool yi = y.kind == InterruptRow::Kind::Irq;
            if (xi != yi)
                return xi;
            return xi && x.irq < y.irq;
        });
    }

    if (parser.isSet(m_global.json)) {
        // Streamed: a document object of 2000 IRQs × 256 CPUs is slow to build.
        JsonWriter json;
        json.beginObject();
        json.key(u"cpus");
        json.beginArray();
        for (qsizetype c : columns)
            json.value(table->cpus[c]);
        json.endArray();
        json.key(u"source");
        json.value(m_root.description());
        if (rates) {
            json.key(u"interval");
            json.value(rates->seconds);
        }
        json.key(u"interrupts");
        json.beginArray();
        for (const Line &line : lines) {
            const InterruptRow &row = table->rows[line.row];
            json.newline();
            json.beginObject();
            json.key(u"id");
            json.value(row.id);
            json.key(u"kind");
            json.value(kindName(row.kind));
            json.key(u"total");
            json.value(line.total);
            json.key(u"counts");
            json.beginArray();
            if (row.hasPerCpuCounts()) {
                for (qsizetype c : columns)
                    json.value(table->count(line.row, c));
            }
            json.endArray();
            json.key(u"chip");
            json.value(row.chip);
            json.key(u"hwirq");
            json.value(row.hwirq);
            json.key(u"trigger");
            json.value(row.trigger);
            if (!row.flow.isEmpty()) {
                json.key(u"flow");
                json.value(row.flow);
            }
            json.key(u"name");
            json.value(row.name());
            json.key(u"actions");
            json.beginArray();
            for (const QString &action : row.actions)
                json.value(action);
            json.endArray();
            json.key(u"description");
            json.value(row.description);
            if (const IrqInfo *info = row.kind == InterruptRow::Kind::Irq ? state.irq(row.irq) : nullptr) {
                if (info->affinity) {
                    json.key(u"affinity");
                    json.value(info->affinity->toCpuList());
                }
                if (info->effective) {
                    json.key(u"effective");
                    json.value(info->effective->toCpuList());
                }
            }
            if (rates) {
                json.key(u"rate");
                json.value(line.rate);
                if (row.hasPerCpuCounts()) {
                    json.key(u"rates");
                    json.beginArray();
                    for (qsizetype c : columns)
                        json.value(rates->cell(line.row, c));
                    json.endArray();
                }
            }
            json.endObject();
        }
        json.newline();
        json.endArray();
        json.endObject();
        json.newline();
        writeRaw(json.data());
        return CliCommands::Ok;
    }

    TextTable text;
    text.addColumn(QCoreApplication::translate("irqscope-cli", "ID"), TextTable::Align::Right);
    text.addColumn(QCoreApplication::translate("irqscope-cli", "TOTAL"), TextTable::Align::Right);
    if (rates)
        text.addColumn(QCoreApplication::translate("irqscope-cli", "RATE/S"), TextTable::Align::Right);
    if (parser.isSet(perCpu)) {
        for (qsizetype c : columns)
            text.addColumn(u"CPU"_s + QString::number(table->cpus[c]), TextTable::Align::Right);
    }
    text.addColumn(QCoreApplication::translate("irqscope-cli", "AFFINITY"), TextTable::Align::Left);
    text.addColumn(QCoreApplication::translate("irqscope-cli", "EFFECTIVE"), TextTable::Align::Left);
    text.addColumn(QCoreApplication::translate("irqscope-cli", "NAME"), TextTable::Align::Left);
    for (const Line &line : lines) {
        const InterruptRow &row = table->rows[line.row];
        QStringList cells {row.id, QString::number(line.total)};
        if (rates)
            cells.append(formatRate(line.rate));
        if (parser.isSet(perCpu)) {
            for (qsizetype c : columns) {
                if (!row.hasPerCpuCounts())
                    cells.append(u"-"_s);
                else if (rates)
                    cells.append(formatRate(rates->cell(line.row, c)));
                else
                    cells.append(QString::number(table->count(line.row, c)));
            }
        }
        const IrqInfo *info = row.kind == InterruptRow::Kind::Irq ? state.irq(row.irq) : nullptr;
        cells.append(info ? cpuList(info->affinity) : u"-"_s);
        cells.append(info ? cpuList(info->effective) : u"-"_s);
        cells.append(rowName(row));
        text.addRow(cells);
    }
    writeRaw(text.toString().toUtf8());
    return CliCommands::Ok;
}

int Cli::show(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"IRQ"_s,
        QCoreApplication::translate("irqscope-cli", "An IRQ number (42) or an architecture row (NMI, LOC, IPI0)."));
    parser.addOption(m_global.json);
    int exitCode = 0;
    if (!parseArguments(parser, m_global, u"show"_s,
            QCoreApplication::translate("irqscope-cli", "Shows everything known about one interrupt."), arguments,
            m_out, m_err, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return usageError(
            QCoreApplication::translate("irqscope-cli", "show takes exactly one IRQ, for example: show 24"));
    const QString id = parser.positionalArguments().constFirst();
    if (const int code = setUpRoot(parser))
        return code;

    const SystemState state = SystemReader::read(m_root, SystemReader::Part::All);
    printIssues(state.issues);
    if (!state.interrupts)
        return CliCommands::SourceError;
    const InterruptTable &table = *state.interrupts;
    qsizetype index = table.indexOf(id);
    if (index < 0) {
        for (qsizetype i = 0; i < table.rows.size() && index < 0; ++i) {
            if (table.rows[i].id.compare(id, Qt::CaseInsensitive) == 0)
                index = i;
        }
    }
    bool isNumber = false;
    const uint irqNumber = id.toUInt(&isNumber);
    const IrqInfo *info = isNumber ? state.irq(irqNumber) : nullptr;
    if (index < 0 && !info)
        return usageError(QCoreApplication::translate("irqscope-cli", "no interrupt \"%1\" in %2")
                              .arg(id, m_root.displayPath(u"proc/interrupts"_s)));
    const InterruptRow *row = index >= 0 ? &table.rows[index] : nullptr;
    const int nrCpuIds = state.topology.nrCpuIds();

    auto hex = [&](const std::optional<CpuSet> &set) {
        return set ? set->toHexMask(info && info->maskBits ? info->maskBits : nrCpuIds) : QString();
    };

    if (parser.isSet(m_global.json)) {
        QJsonObject o {{u"id"_s, row ? row->id : id}};
        if (row) {
            o.insert(u"kind"_s, kindName(row->kind));
            o.insert(u"total"_s, double(row->total));
            o.insert(u"chip"_s, row->chip);
            o.insert(u"hwirq"_s, row->hwirq);
            o.insert(u"trigger"_s, row->trigger);
            o.insert(u"name"_s, row->name());
            o.insert(u"description"_s, row->description);
            QJsonArray cpus, counts;
            for (qsizetype c = 0; c < table.cpus.size(); ++c) {
                cpus.append(table.cpus[c]);
                if (row->hasPerCpuCounts())
                    counts.append(double(table.count(index, c)));
            }
            o.insert(u"cpus"_s, cpus);
            o.insert(u"counts"_s, counts);
        }
        if (info) {
            auto put = [&](const QString &key, const std::optional<CpuSet> &set) {
                if (set) {
                    o.insert(key, set->toCpuList());
                    o.insert(key + u"Mask"_s, hex(set));
                }
            };
            put(u"affinity"_s, info->affinity);
            put(u"effective"_s, info->effective);
            if (info->affinityHint && !info->affinityHint->isEmpty()) // all zero means "no hint"
                put(u"affinityHint"_s, info->affinityHint);
            if (info->node)
                o.insert(u"node"_s, *info->node);
        }
        if (isNumber) {
            const auto binding = state.queueOfIrq.constFind(irqNumber);
            if (binding != state.queueOfIrq.cend())
                o.insert(u"queue"_s, queueText(*binding));
        }
        m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return CliCommands::Ok;
    }

    TextTable fields;
    fields.addColumn(QCoreApplication::translate("irqscope-cli", "FIELD"), TextTable::Align::Left);
    fields.addColumn(QCoreApplication::translate("irqscope-cli", "VALUE"), TextTable::Align::Left);
    auto add = [&](const QString &field, const QString &value) {
        if (!value.isEmpty())
            fields.addRow({field, value});
    };
    add(QCoreApplication::translate("irqscope-cli", "IRQ"), row ? row->id : id);
    if (row) {
        add(QCoreApplication::translate("irqscope-cli", "kind"), kindName(row->kind));
        add(QCoreApplication::translate("irqscope-cli", "name"), row->name());
        add(QCoreApplication::translate("irqscope-cli", "description"), row->description);
        add(QCoreApplication::translate("irqscope-cli", "chip"), row->chip);
        add(QCoreApplication::translate("irqscope-cli", "hwirq"), row->hwirq);
        add(QCoreApplication::translate("irqscope-cli", "trigger"), row->trigger);
        add(QCoreApplication::translate("irqscope-cli", "flow"), row->flow);
        add(QCoreApplication::translate("irqscope-cli", "total"), QString::number(row->total));
    }
    if (info) {
        if (info->affinity)
            add(QCoreApplication::translate("irqscope-cli", "affinity"),
                QCoreApplication::translate("irqscope-cli", "%1  (mask %2)")
                    .arg(cpuList(info->affinity), hex(info->affinity)));
        if (info->effective)
            add(QCoreApplication::translate("irqscope-cli", "effective"),
                QCoreApplication::translate("irqscope-cli", "%1  (mask %2)")
                    .arg(cpuList(info->effective), hex(info->effective)));
        if (info->affinityHint && !info->affinityHint->isEmpty())
            add(QCoreApplication::translate("irqscope-cli", "hint"), cpuList(info->affinityHint));
        if (info->node)
            add(QCoreApplication::translate("irqscope-cli", "node"),
                *info->node < 0 ? QCoreApplication::translate("irqscope-cli", "none") : QString::number(*info->node));
        if (info->spuriousCount)
            add(QCoreApplication::translate("irqscope-cli", "spurious"),
                QCoreApplication::translate("irqscope-cli", "%1 (unhandled %2)")
                    .arg(*info->spuriousCount)
                    .arg(info->spuriousUnhandled.value_or(0)));
        if (!info->perCpuCount.isEmpty() && !row) {
            QStringList counts;
            for (quint64 c : info->perCpuCount)
                counts.append(QString::number(c));
            add(QCoreApplication::translate("irqscope-cli", "per-CPU counts"), counts.join(u','));
        }
        if (info->wakeup)
            add(QCoreApplication::translate("irqscope-cli", "wakeup"),
                *info->wakeup ? QCoreApplication::translate("irqscope-cli", "enabled")
                              : QCoreApplication::translate("irqscope-cli", "disabled"));
    }
    if (isNumber) {
        const auto binding = state.queueOfIrq.constFind(irqNumber);
        if (binding != state.queueOfIrq.cend())
            add(QCoreApplication::translate("irqscope-cli", "network queue"), queueText(*binding));
    }
    fields.print(m_out);

    if (row && row->hasPerCpuCounts()) {
        m_out << u'\n';
        TextTable perCpu;
        perCpu.addColumn(QCoreApplication::translate("irqscope-cli", "CPU"), TextTable::Align::Right);
        perCpu.addColumn(QCoreApplication::translate("irqscope-cli", "COUNT"), TextTable::Align::Right);
        perCpu.addColumn(QCoreApplication::translate("irqscope-cli", "SHARE"), TextTable::Align::Right);
        for (qsizetype c = 0; c < table.cpus.size(); ++c) {
            const quint64 count = table.count(index, c);
            const double share = row->total ? 100.0 * double(count) / double(row->total) : 0.0;
            perCpu.addRow(
                {QString::number(table.cpus[c]), QString::number(count), QString::number(share, 'f', 1) + u" %"_s});
        }
        perCpu.print(m_out);
    }
    return CliCommands::Ok;
}

int Cli::softirqs(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(m_global.json);
    int exitCode = 0;
    if (!parseArguments(parser, m_global, u"softirqs"_s,
            QCoreApplication::translate("irqscope-cli", "Shows softirq counts per type and CPU."), arguments, m_out,
            m_err, &exitCode))
        return exitCode;
    if (const int code = setUpRoot(parser))
        return code;
    QList<SourceIssue> issues;
    const auto table = SystemReader::readFile<SoftirqsParser>(m_root, u"proc/softirqs"_s, true, &issues);
    printIssues(issues);
    if (!table)
        return CliCommands::SourceError;

    if (parser.isSet(m_global.json)) {
        QJsonArray cpus, types;
        for (int cpu : table->cpus)
            cpus.append(cpu);
        for (qsizetype t = 0; t < table->types.size(); ++t) {
            QJsonArray counts;
            for (quint64 c : table->countsOf(t))
                counts.append(double(c));
            types.append(QJsonObject {{u"type"_s, table->types[t]}, {u"total"_s, double(table->total(t))},
                {u"counts"_s, counts}, {u"description"_s, SoftirqTable::describe(table->types[t])}});
        }
        m_out << QJsonDocument(QJsonObject {{u"cpus"_s, cpus}, {u"softirqs"_s, types}}).toJson(QJsonDocument::Indented);
        return CliCommands::Ok;
    }
    TextTable text;
    text.addColumn(QCoreApplication::translate("irqscope-cli", "TYPE"), TextTable::Align::Left);
    text.addColumn(QCoreApplication::translate("irqscope-cli", "TOTAL"), TextTable::Align::Right);
    for (int cpu : table->cpus)
        text.addColumn(u"CPU"_s + QString::number(cpu), TextTable::Align::Right);
    text.addColumn(QCoreApplication::translate("irqscope-cli", "MEANING"), TextTable::Align::Left);
    for (qsizetype t = 0; t < table->types.size(); ++t) {
        QStringList cells {table->types[t], QString::number(table->total(t))};
        for (quint64 c : table->countsOf(t))
            cells.append(QString::number(c));
        cells.append(SoftirqTable::describe(table->types[t]));
        text.addRow(cells);
    }
    writeRaw(text.toString().toUtf8());
    return CliCommands::Ok;
}

int Cli::queues(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(m_global.json);
    int exitCode = 0;
    if (!parseArguments(parser, m_global, u"queues"_s,
            QCoreApplication::translate("irqscope-cli",
                "Shows network interfaces, their receive/transmit queues with RPS/XPS CPU masks, and the "
                "IRQs that serve them."),
            arguments, m_out, m_err, &exitCode))
        return exitCode;
    if (const int code = setUpRoot(parser))
        return code;
    const SystemState state = SystemReader::read(
        m_root, SystemReader::Part::Interrupts | SystemReader::Part::Irqs | SystemReader::Part::Network);
    printIssues(state.issues);

    // IRQs per interface, ascending.
    QMap<QString, QList<uint>> irqsOf;
    for (auto it = state.queueOfIrq.cbegin(); it != state.queueOfIrq.cend(); ++it)
        irqsOf[it->interface].append(it.key());
    for (auto &list : irqsOf)
        std::sort(list.begin(), list.end());

    if (parser.isSet(m_global.json)) {
        QJsonArray nics;
        for (const NicInfo &nic : state.nics) {
            QJsonArray queues;
            for (const QList<NicQueue> *list : {&nic.rxQueues, &nic.txQueues}) {
                for (const NicQueue &q : *list) {
                    QJsonObject o {{u"name"_s, q.name()}};
                    if (q.cpus)
                        o.insert(
                            q.direction == NicQueue::Direction::Rx ? u"rpsCpus"_s : u"xpsCpus"_s, q.cpus->toCpuList());
                    if (q.rpsFlowCount)
                        o.insert(u"rpsFlowCount"_s, double(*q.rpsFlowCount));
                    queues.append(o);
                }
            }
            QJsonArray irqs;
            for (uint irq : irqsOf.value(nic.name)) {
                const IrqQueueBinding &b = state.queueOfIrq[irq];
                QJsonObject o {{u"irq"_s, double(irq)}, {u"queue"_s, queueText(b)}};
                if (const IrqInfo *info = state.irq(irq)) {
                    if (info->affinity)
                        o.insert(u"affinity"_s, info->affinity->toCpuList());
                    if (info->effective)
                        o.insert(u"effective"_s, info->effective->toCpuList());
                }
                irqs.append(o);
            }
            QJsonObject o {{u"name"_s, nic.name}, {u"device"_s, nic.device}, {u"driver"_s, nic.driver},
                {u"queues"_s, queues}, {u"irqs"_s, irqs}};
            if (nic.numaNode)
                o.insert(u"numaNode"_s, *nic.numaNode);
            nics.append(o);
        }
        m_out << QJsonDocument(QJsonObject {{u"interfaces"_s, nics}}).toJson(QJsonDocument::Indented);
        return CliCommands::Ok;
    }

    if (state.nics.isEmpty()) {
        m_out << QCoreApplication::translate("irqscope-cli", "No network interfaces under %1.")
                     .arg(m_root.displayPath(u"sys/class/net"_s))
              << u'\n';
        return CliCommands::Ok;
    }
    bool firstNic = true;
    for (const NicInfo &nic : state.nics) {
        if (!firstNic)
            m_out << u'\n';
        firstNic = false;
        QStringList facts;
        facts.append(nic.isVirtual() ? QCoreApplication::translate("irqscope-cli", "virtual")
                                     : QCoreApplication::translate("irqscope-cli", "device %1").arg(nic.device));
        if (!nic.driver.isEmpty())
            facts.append(QCoreApplication::translate("irqscope-cli", "driver %1").arg(nic.driver));
        if (nic.numaNode && *nic.numaNode >= 0)
            facts.append(QCoreApplication::translate("irqscope-cli", "NUMA node %1").arg(*nic.numaNode));
        m_out << nic.name << u"  ("_s << facts.join(u", "_s) << u")\n"_s;
        TextTable table;
        table.addColumn(QCoreApplication::translate("irqscope-cli", "QUEUE"), TextTable::Align::Left);
        table.addColumn(QCoreApplication::translate("irqscope-cli", "RPS/XPS CPUS"), TextTable::Align::Left);
        table.addColumn(QCoreApplication::translate("irqscope-cli", "FLOWS"), TextTable::Align::Right);
        for (const QList<NicQueue> *list : {&nic.rxQueues, &nic.txQueues}) {
            for (const NicQueue &q : *list) {
                table.addRow({q.name(), cpuList(q.cpus), q.rpsFlowCount ? QString::number(*q.rpsFlowCount) : u"-"_s});
            }
        }
        if (table.rowCount() > 0)
            table.print(m_out);
        const QList<uint> irqs = irqsOf.value(nic.name);
        if (!irqs.isEmpty()) {
            TextTable irqTable;
            irqTable.addColumn(QCoreApplication::translate("irqscope-cli", "IRQ"), TextTable::Align::Right);
            irqTable.addColumn(QCoreApplication::translate("irqscope-cli", "AFFINITY"), TextTable::Align::Left);
            irqTable.addColumn(QCoreApplication::translate("irqscope-cli", "EFFECTIVE"), TextTable::Align::Left);
            irqTable.addColumn(QCoreApplication::translate("irqscope-cli", "SERVES"), TextTable::Align::Left);
            for (uint irq : irqs) {
                const IrqInfo *info = state.irq(irq);
                irqTable.addRow({QString::number(irq), info ? cpuList(info->affinity) : u"-"_s,
                    info ? cpuList(info->effective) : u"-"_s, queueText(state.queueOfIrq[irq])});
            }
            irqTable.print(m_out);
        }
    }
    return CliCommands::Ok;
}

int Cli::topology(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(m_global.json);
    int exitCode = 0;
    if (!parseArguments(parser, m_global, u"topology"_s,
            QCoreApplication::translate(
                "irqscope-cli", "Shows the CPUs: online, isolated, packages, cores, SMT siblings and NUMA nodes."),
            arguments, m_out, m_err, &exitCode))
        return exitCode;
    if (const int code = setUpRoot(parser))
        return code;
    QList<SourceIssue> issues;
    const SystemState state = SystemReader::read(m_root, SystemReader::Part::Topology);
    printIssues(state.issues);
    const CpuTopology &t = state.topology;
    if (t.possible.isEmpty()) {
        return sourceError(QCoreApplication::translate("irqscope-cli", "no CPU information under %1")
                               .arg(m_root.displayPath(u"sys/devices/system/cpu"_s)));
    }
    auto id = [](int v) {
        return v < 0 ? u"-"_s : QString::number(v);
    };

    if (parser.isSet(m_global.json)) {
        QJsonArray cpus;
        for (const CpuInfo &c : t.cpus) {
            cpus.append(QJsonObject {{u"cpu"_s, c.cpu}, {u"online"_s, c.online}, {u"package"_s, c.package},
                {u"die"_s, c.die}, {u"cluster"_s, c.cluster}, {u"core"_s, c.core}, {u"node"_s, c.node},
                {u"threadSiblings"_s, c.threadSiblings.toCpuList()}, {u"isolated"_s, c.isolated},
                {u"nohzFull"_s, c.nohzFull}});
        }
        QJsonObject nodes;
        for (auto it = t.nodes.cbegin(); it != t.nodes.cend(); ++it)
            nodes.insert(QString::number(it.key()), it->toCpuList());
        m_out << QJsonDocument(
            QJsonObject {{u"possible"_s, t.possible.toCpuList()}, {u"present"_s, t.present.toCpuList()},
                {u"online"_s, t.online.toCpuList()}, {u"isolated"_s, t.isolated.toCpuList()},
                {u"nohzFull"_s, t.nohzFull.toCpuList()}, {u"nodes"_s, nodes}, {u"cpus"_s, cpus}})
                     .toJson(QJsonDocument::Indented);
        return CliCommands::Ok;
    }

    TextTable summary;
    summary.addColumn(QCoreApplication::translate("irqscope-cli", "SET"), TextTable::Align::Left);
    summary.addColumn(QCoreApplication::translate("irqscope-cli", "CPUS"), TextTable::Align::Left);
    summary.addRow({QCoreApplication::translate("irqscope-cli", "possible"), t.possible.toCpuList()});
    summary.addRow({QCoreApplication::translate("irqscope-cli", "present"), t.present.toCpuList()});
    summary.addRow({QCoreApplication::translate("irqscope-cli", "online"), t.online.toCpuList()});
    if (!t.isolated.isEmpty())
        summary.addRow({QCoreApplication::translate("irqscope-cli", "isolated"), t.isolated.toCpuList()});
    if (!t.nohzFull.isEmpty())
        summary.addRow({QCoreApplication::translate("irqscope-cli", "nohz_full"), t.nohzFull.toCpuList()});
    for (auto it = t.nodes.cbegin(); it != t.nodes.cend(); ++it)
        summary.addRow({QCoreApplication::translate("irqscope-cli", "node %1").arg(it.key()), it->toCpuList()});
    summary.print(m_out);
    m_out << u'\n';

    TextTable table;
    for (const QString &h :
        {QCoreApplication::translate("irqscope-cli", "CPU"), QCoreApplication::translate("irqscope-cli", "PACKAGE"),
            QCoreApplication::translate("irqscope-cli", "DIE"), QCoreApplication::translate("irqscope-cli", "CLUSTER"),
            QCoreApplication::translate("irqscope-cli", "CORE"), QCoreApplication::translate("irqscope-cli", "NODE")})
        table.addColumn(h, TextTable::Align::Right);
    table.addColumn(QCoreApplication::translate("irqscope-cli", "SIBLINGS"), TextTable::Align::Left);
    table.addColumn(QCoreApplication::translate("irqscope-cli", "STATE"), TextTable::Align::Left);
    for (const CpuInfo &c : t.cpus) {
        QStringList state {c.online ? QCoreApplication::translate("irqscope-cli", "online")
                                    : QCoreApplication::translate("irqscope-cli", "offline")};
        if (c.isolated)
            state.append(QCoreApplication::translate("irqscope-cli", "isolated"));
        if (c.nohzFull)
            state.append(QCoreApplication::translate("irqscope-cli", "nohz_full"));
        table.addRow({QString::number(c.cpu), id(c.package), id(c.die), id(c.cluster), id(c.core), id(c.node),
            c.threadSiblings.isEmpty() ? u"-"_s : c.threadSiblings.toCpuList(), state.join(u", "_s)});
    }
    table.print(m_out);
    return CliCommands::Ok;
}

int Cli::snapshot(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption output(QStringList {u"o"_s, u"output"_s},
        QCoreApplication::translate("irqscope-cli", "Write the snapshot to FILE."), u"FILE"_s);
    parser.addOption(output);
    int exitCode = 0;
    if (!parseArguments(parser, m_global, u"snapshot"_s,
            QCoreApplication::translate("irqscope-cli",
                "Saves everything IRQ Scope reads to a JSON snapshot, for comparing machines or kernels "
                "later."),
            arguments, m_out, m_err, &exitCode))
        return exitCode;
    if (!parser.isSet(output))
        return usageError(QCoreApplication::translate("irqscope-cli", "snapshot needs -o FILE"));
    if (const int code = setUpRoot(parser))
        return code;
    const Snapshot snapshot = Snapshot::capture(m_root);
    if (!snapshot.contents().files.contains(u"proc/interrupts"_s))
        return sourceError(QCoreApplication::translate("irqscope-cli", "cannot read %1; nothing was saved")
                               .arg(m_root.displayPath(u"proc/interrupts"_s)));
    QString error;
    if (!snapshot.save(parser.value(output), &error))
        return sourceError(error);
    m_out << QCoreApplication::translate("irqscope-cli", "Saved a snapshot of %1 (%2 files) to %3")
                 .arg(m_root.description())
                 .arg(snapshot.contents().files.size())
                 .arg(parser.value(output))
          << u'\n';
    return CliCommands::Ok;
}

} // namespace

int CliCommands::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Cli cli(out, err);
    return cli.run(arguments);
}
