// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

// AffinityWriter against the live kernel (root `/`): moves one real, unmanaged IRQ and puts it
// back, and checks what the kernel and the helper say to an empty mask and to a CPU beyond the
// machine. Skips itself without root or without a writable /proc/irq. Every mask it changes is
// restored, also when a check fails (the guard below).

#include "affinitywriter.h"

#include <QFile>
#include <QTest>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
QString listPath(uint irq)
{
    return u"/proc/irq/"_s + QString::number(irq) + u"/smp_affinity_list";
}

QByteArray readList(uint irq)
{
    QFile file(listPath(irq));
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
}

// Writes a mask the raw way (as the helper does, without its checks); returns 0 or errno.
int rawWrite(uint irq, const QByteArray &text)
{
    const int fd = ::open(QFile::encodeName(listPath(irq)).constData(), O_WRONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return errno;
    const ssize_t n = ::write(fd, text.constData(), size_t(text.size()));
    const int error = n < 0 ? errno : 0;
    ::close(fd);
    return error;
}

// The IRQs of /proc/interrupts, the serial port's first (nobody minds where it goes).
QList<uint> candidates()
{
    QFile file(u"/proc/interrupts"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<uint> serial;
    QList<uint> others;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QByteArray trimmed = line.trimmed();
        const qsizetype colon = trimmed.indexOf(':');
        bool ok = false;
        const uint irq = trimmed.left(colon).toUInt(&ok);
        if (colon <= 0 || !ok)
            continue;
        (trimmed.contains("ttyS") ? serial : others).append(irq);
    }
    return serial + others;
}

// Puts the original mask back on scope exit unless it is already there.
class RestoreGuard
{
public:
    RestoreGuard(uint irq, QByteArray original)
        : m_irq(irq)
        , m_original(std::move(original))
    { }
    ~RestoreGuard()
    {
        if (readList(m_irq) != m_original) {
            rawWrite(m_irq, m_original + '\n');
            if (readList(m_irq) != m_original)
                qCritical("could not restore IRQ %u to %s", m_irq, m_original.constData());
        }
    }

private:
    uint m_irq;
    QByteArray m_original;
};
} // namespace

class TestLiveWrite : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void moveAndRestore();
    void emptyMask();
    void cpuBeyondMachine();

private:
    std::optional<CpuLimits> m_limits;
};

void TestLiveWrite::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("needs root");
    if (::access("/proc/irq", W_OK) != 0 || candidates().isEmpty())
        QSKIP("/proc/irq is not writable here");
    AffinityWriter writer(u"/"_s);
    QString error;
    m_limits = writer.readCpuLimits(&error);
    QVERIFY2(m_limits, qPrintable(error));
}

void TestLiveWrite::moveAndRestore()
{
    AffinityWriter writer(u"/"_s);
    const int firstOnline = m_limits->online.first();
    const int lastOnline = m_limits->online.last();
    QStringList tried;
    for (const uint irq : candidates()) {
        if (::access(QFile::encodeName(listPath(irq)).constData(), W_OK) != 0)
            continue;
        const QByteArray original = readList(irq);
        const auto current = writer.readIrqAffinity(irq);
        if (original.isEmpty() || !current)
            continue;
        RestoreGuard guard(irq, original);
        // Somewhere else than now: one online CPU not in the mask, or else a single one.
        CpuSet target {current->contains(lastOnline) && current->count() == 1 ? firstOnline : lastOnline};
        if (target == *current)
            target = m_limits->online; // one online CPU only: a write of the same mask still tests the path
        const auto result = writer.setIrqAffinity({irq, QList<uint> {uint(target.first())}});
        if (result.error == HelperError::ManagedIrq) {
            tried.append(QString::number(irq) + u" (managed)");
            continue; // the kernel refused: nothing changed, try the next one
        }
        QVERIFY2(result.isOk(), qPrintable(HelperErrors::name(result.error) + u": " + result.message));
        QCOMPARE(readList(irq), CpuSet {target.first()}.toCpuList().toLatin1());

        // Back through the helper logic itself, then checked by reading the file again.
        const auto back = CpuSet::fromCpuList(QString::fromLatin1(original));
        QVERIFY(back.isValid());
        QList<uint> originalCpus;
        back.set->forEach([&originalCpus](int cpu) { originalCpus.append(uint(cpu)); });
        const auto restored = writer.setIrqAffinity({irq, originalCpus});
        QVERIFY2(restored.isOk(), qPrintable(restored.message));
        QCOMPARE(readList(irq), original);
        qInfo("moved IRQ %u from %s to CPU %d and back", irq, original.constData(), target.first());
        return;
    }
    QFAIL(qPrintable(u"no IRQ could be moved; tried "_s + tried.join(u", ")));
}

void TestLiveWrite::emptyMask()
{
    const uint irq = candidates().constFirst();
    const QByteArray original = readList(irq);
    RestoreGuard guard(irq, original);
    // The kernel would take an empty list as "pick one for me" and move the IRQ: the helper
    // must stop it before the write.
    AffinityWriter writer(u"/"_s);
    const auto result = writer.setIrqAffinity({irq, {}});
    QCOMPARE(result.error, HelperError::InvalidArgument);
    QCOMPARE(readList(irq), original);
}

void TestLiveWrite::cpuBeyondMachine()
{
    const uint irq = candidates().constFirst();
    const QByteArray original = readList(irq);
    RestoreGuard guard(irq, original);
    const uint beyond = uint(m_limits->nrCpuIds);

    AffinityWriter writer(u"/"_s);
    const auto result = writer.setIrqAffinity({irq, {0, beyond}});
    QCOMPARE(result.error, HelperError::CpuOutOfRange);
    QCOMPARE(readList(irq), original);

    // What the kernel itself answers, through the errno table the helper uses.
    const int errnum = rawWrite(irq, QByteArray::number(beyond) + '\n');
    QVERIFY2(errnum != 0, "the kernel accepted a CPU beyond nr_cpu_ids");
    QCOMPARE(HelperErrors::fromErrno(errnum), HelperError::CpuOutOfRange);
    QCOMPARE(readList(irq), original);
}

QTEST_GUILESS_MAIN(TestLiveWrite)
#include "tst_livewrite.moc"
