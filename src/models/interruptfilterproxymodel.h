// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QSortFilterProxyModel>

/**
 * Filters and sorts an InterruptModel for the interrupt table: a free-text search, "hide idle",
 * device IRQs or architecture rows only, the IRQs of one network interface, the IRQs of one
 * driver. Every filter set must accept a row for it to show.
 *
 * It reads only the source's roles (InterruptModel::SearchTextRole, KindRole, RateRole,
 * InterfaceRole, SortRole and the Name/Total columns), so it holds no data of its own, and
 * sorts by InterruptModel::SortRole: numbers as numbers. Live updates of the source re-filter
 * the changed rows (dynamic filtering), so "hide idle" follows the rates.
 */
class InterruptFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    /// Which kinds of /proc/interrupts rows to show.
    enum class KindFilter {
        All, ///< every row
        DeviceIrqs, ///< numbered IRQs only
        ArchRows, ///< architecture rows only (`NMI`, `LOC`, `ERR`…)
    };
    Q_ENUM(KindFilter)

    explicit InterruptFilterProxyModel(QObject *parent = nullptr);
    ~InterruptFilterProxyModel() override;

    /// Case-insensitive search in the IRQ id, name, chip and device; every word of @p text
    /// must occur. Empty shows all.
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

    /// Hides rows without activity: rate 0, or, while the rate is unknown, 0 since boot.
    void setHideIdle(bool hide);
    bool hideIdle() const { return m_hideIdle; }

    void setKindFilter(KindFilter kind);
    KindFilter kindFilter() const { return m_kind; }

    /// Only the IRQs serving network interface @p interface (`eth0`); empty shows all.
    void setInterfaceFilter(const QString &interface);
    QString interfaceFilter() const { return m_interface; }

    /// Only numbered IRQs with a handler named after driver @p driver (see nameMatchesDriver());
    /// empty shows all.
    void setDriverFilter(const QString &driver);
    QString driverFilter() const { return m_driver; }

    /// Whether the handler names @p name (`ehci_hcd:usb1, mmc0`) name driver @p driver: one
    /// of its words (split at anything but letters, digits and `_`) equals @p driver, or is
    /// @p driver followed by an instance number (`nvme` matches `nvme0q1`, `mmc` matches
    /// `mmc0`). Case-insensitive.
    static bool nameMatchesDriver(QStringView name, QStringView driver);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QStringList m_words; // m_text split at white space
    bool m_hideIdle = false;
    KindFilter m_kind = KindFilter::All;
    QString m_interface;
    QString m_driver;
};
