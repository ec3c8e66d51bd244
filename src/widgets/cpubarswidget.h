// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QList>
#include <QWidget>

#include <functional>

/**
 * A strip of vertical bars, one per CPU, for one interrupt's rate (or count) per CPU: the
 * shape of "where does this IRQ land" at a glance, from 1 to 512 CPUs. It only paints the
 * values it is given; the values come from core.
 */
class CpuBarsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit CpuBarsWidget(QWidget *parent = nullptr);

    /// @p values aligned with @p cpus; NaN = unknown (drawn as a gap). @p format turns a
    /// value into text for tooltips and the accessible description.
    void setValues(const QList<int> &cpus, const QList<double> &values, std::function<QString(double)> format);
    void clear();

    QString toolTipAt(const QPoint &position) const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    int barAt(const QPoint &position) const;
    QRectF plotRect() const;

    QList<int> m_cpus;
    QList<double> m_values;
    std::function<QString(double)> m_format;
    double m_maximum = 0;
};
