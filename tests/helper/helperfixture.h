// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QTemporaryDir>

/**
 * A throw-away root for the helper: `proc/irq/N/…affinity…`, `proc/irq/default_smp_affinity`
 * and `sys/devices/system/cpu/{possible,present,online}` in a temporary directory.
 *
 * The default layout: CPUs 0-7 possible (nr_cpu_ids 8), 0-5 present, 0-3 online; IRQs 10-14
 * with `smp_affinity_list` "0-3", IRQ 20 with only a hex `smp_affinity`, the default affinity
 * "ff". Every file gets an old modification time, so that snapshot() also notices a write
 * that put back the same bytes.
 */
class HelperFixture
{
public:
    /// Creates the default layout (see above) unless @p empty.
    explicit HelperFixture(bool empty = false);

    bool isValid() const { return m_valid; }
    QString root() const { return m_dir.path(); }
    QString path(const QString &relative) const;

    bool write(const QString &relative, const QByteArray &contents);
    QByteArray read(const QString &relative) const;
    bool mkdir(const QString &relative);
    bool symlink(const QString &relative, const QString &target);
    bool setCpus(const QByteArray &possible, const QByteArray &present, const QByteArray &online);
    /// Creates proc/irq/<irq>/ with smp_affinity_list (@p list) and smp_affinity (@p hex);
    /// an empty argument leaves that file out.
    bool addIrq(uint irq, const QByteArray &list, const QByteArray &hex = {});
    /// The trimmed contents of proc/irq/<irq>/smp_affinity_list.
    QByteArray affinityList(uint irq) const;

    /// Every file under the root with its contents and modification time, for "nothing
    /// was written" checks (symbolic links are listed with their target, not followed).
    QMap<QString, QByteArray> snapshot() const;

private:
    bool age(const QString &relative);
    QTemporaryDir m_dir;
    bool m_valid = false;
};
