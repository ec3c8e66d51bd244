// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "interruptsampler.h"
#include "systemreader.h"

#include <QWidget>

class CpuBarsWidget;
class QFormLayout;
class QLabel;

/**
 * Everything known about the selected interrupt, each field with one sentence saying what
 * it means: affinity as list and hex, effective affinity, the driver's hint, NUMA node,
 * chip, hwirq, trigger, actions, the NIC queue it serves, and its rate per CPU as bars.
 * It shows what it is given and computes nothing.
 */
class IrqDetailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit IrqDetailPanel(QWidget *parent = nullptr);

    /// Shows row @p row of @p table; @p rates and @p state may be null.
    void showInterrupt(
        const InterruptTable &table, qsizetype row, const InterruptRates *rates, const SystemState *state);
    /// Shows the hint that nothing is selected.
    void showNothing();

    /// The value text of a field (`affinity`, `effective`, …), for tests.
    QString fieldText(const QString &field) const;

private:
    struct Field
    {
        QLabel *value = nullptr;
        QLabel *explanation = nullptr;
    };
    void addField(const QString &key, const QString &label);
    void setField(const QString &key, const QString &value, const QString &explanation);

    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QFormLayout *m_form = nullptr;
    QHash<QString, Field> m_fields;
    CpuBarsWidget *m_bars = nullptr;
    QLabel *m_barsLabel = nullptr;
};
