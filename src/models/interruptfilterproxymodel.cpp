// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "interruptfilterproxymodel.h"

#include "interruptmodel.h"

#include <cmath>

using namespace Qt::StringLiterals;

InterruptFilterProxyModel::InterruptFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(InterruptModel::SortRole);
    setDynamicSortFilter(true);
}

InterruptFilterProxyModel::~InterruptFilterProxyModel() = default;

void InterruptFilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void InterruptFilterProxyModel::setHideIdle(bool hide)
{
    if (hide == m_hideIdle)
        return;
    m_hideIdle = hide;
    invalidateRowsFilter();
}

void InterruptFilterProxyModel::setKindFilter(KindFilter kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateRowsFilter();
}

void InterruptFilterProxyModel::setInterfaceFilter(const QString &interface)
{
    if (interface == m_interface)
        return;
    m_interface = interface;
    invalidateRowsFilter();
}

void InterruptFilterProxyModel::setDriverFilter(const QString &driver)
{
    const QString trimmed = driver.trimmed();
    if (trimmed == m_driver)
        return;
    m_driver = trimmed;
    invalidateRowsFilter();
}

bool InterruptFilterProxyModel::nameMatchesDriver(QStringView name, QStringView driver)
{
    if (driver.isEmpty())
        return true;
    auto isWordChar = [](QChar c) {
        return c.isLetterOrNumber() || c == u'_';
    };
    for (qsizetype i = 0; i < name.size();) {
        if (!isWordChar(name[i])) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < name.size() && isWordChar(name[end]))
            ++end;
        const QStringView word = name.mid(i, end - i);
        if (word.startsWith(driver, Qt::CaseInsensitive)
            && (word.size() == driver.size() || word[driver.size()].isDigit()))
            return true;
        i = end;
    }
    return false;
}

bool InterruptFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    const QModelIndex first = source->index(sourceRow, InterruptModel::IdColumn, sourceParent);
    const bool isIrq = first.data(InterruptModel::KindRole).toInt() == int(InterruptRow::Kind::Irq);

    switch (m_kind) {
    case KindFilter::All:
        break;
    case KindFilter::DeviceIrqs:
        if (!isIrq)
            return false;
        break;
    case KindFilter::ArchRows:
        if (isIrq)
            return false;
        break;
    }

    if (!m_interface.isEmpty() && first.data(InterruptModel::InterfaceRole).toString() != m_interface)
        return false;

    if (!m_driver.isEmpty()) {
        // Architecture rows have a description, not handler names: no driver.
        if (!isIrq)
            return false;
        const QString name = source->index(sourceRow, InterruptModel::NameColumn, sourceParent).data().toString();
        if (!nameMatchesDriver(name, m_driver))
            return false;
    }

    if (m_hideIdle) {
        const double rate = first.data(InterruptModel::RateRole).toDouble();
        if (std::isnan(rate)) {
            const QModelIndex total = source->index(sourceRow, InterruptModel::TotalColumn, sourceParent);
            if (total.data(InterruptModel::SortRole).toULongLong() == 0)
                return false;
        } else if (rate == 0) {
            return false;
        }
    }

    if (!m_words.isEmpty()) {
        const QString text = first.data(InterruptModel::SearchTextRole).toString();
        for (const QString &word : m_words) {
            if (!text.contains(word, Qt::CaseInsensitive))
                return false;
        }
    }
    return true;
}
