// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "cpubarswidget.h"

#include "heatscale.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

CpuBarsWidget::CpuBarsWidget(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Rate per CPU"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void CpuBarsWidget::setValues(
    const QList<int> &cpus, const QList<double> &values, std::function<QString(double)> format)
{
    Q_ASSERT(cpus.size() == values.size());
    m_cpus = cpus;
    m_values = values;
    m_format = std::move(format);
    m_maximum = 0;
    for (double v : values) {
        if (std::isfinite(v))
            m_maximum = std::max(m_maximum, v);
    }
    // A screen reader gets the busiest CPUs in words instead of the picture.
    QList<qsizetype> order(values.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        const double x = std::isfinite(values[a]) ? values[a] : -1;
        const double y = std::isfinite(values[b]) ? values[b] : -1;
        return x > y;
    });
    QStringList busiest;
    for (qsizetype i = 0; i < std::min<qsizetype>(3, order.size()); ++i) {
        if (std::isfinite(values[order[i]]) && values[order[i]] > 0)
            busiest.append(tr("CPU %1: %2").arg(cpus[order[i]]).arg(m_format ? m_format(values[order[i]]) : QString()));
    }
    setAccessibleDescription(busiest.isEmpty() ? tr("No activity on any CPU") : busiest.join(u"; "_s));
    update();
}

void CpuBarsWidget::clear()
{
    m_cpus.clear();
    m_values.clear();
    m_maximum = 0;
    setAccessibleDescription(QString());
    update();
}

QSize CpuBarsWidget::sizeHint() const
{
    return {240, fontMetrics().height() * 4};
}

QSize CpuBarsWidget::minimumSizeHint() const
{
    return {60, fontMetrics().height() * 3};
}

QRectF CpuBarsWidget::plotRect() const
{
    const int labelHeight = fontMetrics().height();
    return QRectF(rect()).adjusted(1, 1, -1, -labelHeight - 2);
}

int CpuBarsWidget::barAt(const QPoint &position) const
{
    const QRectF plot = plotRect();
    if (m_cpus.isEmpty() || !plot.contains(QPointF(position.x(), plot.center().y())))
        return -1;
    const int index = int((position.x() - plot.left()) / plot.width() * double(m_cpus.size()));
    return std::clamp(index, 0, int(m_cpus.size()) - 1);
}

QString CpuBarsWidget::toolTipAt(const QPoint &position) const
{
    const int i = barAt(position);
    if (i < 0)
        return {};
    return tr("CPU %1: %2").arg(m_cpus[i]).arg(m_format ? m_format(m_values[i]) : QString::number(m_values[i]));
}

bool CpuBarsWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void CpuBarsWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRectF plot = plotRect();
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    if (m_cpus.isEmpty())
        return;

    const double slot = plot.width() / double(m_cpus.size());
    const double gap = slot > 4 ? std::min(2.0, slot * 0.2) : 0;
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (qsizetype i = 0; i < m_cpus.size(); ++i) {
        const double v = m_values[i];
        if (!std::isfinite(v) || v <= 0 || m_maximum <= 0)
            continue;
        const double fraction = v / m_maximum;
        const double height = std::max(1.0, fraction * plot.height());
        const QRectF bar(plot.left() + slot * double(i) + gap / 2, plot.bottom() - height, slot - gap, height);
        painter.fillRect(bar, HeatScale::color(fraction));
    }

    // CPU labels where they fit: every label, or every n-th.
    painter.setPen(palette().color(QPalette::WindowText));
    const QFontMetrics metrics = fontMetrics();
    const int widest = metrics.horizontalAdvance(QString::number(m_cpus.last())) + 4;
    const qsizetype step = std::max<qsizetype>(1, qsizetype(std::ceil(widest / std::max(slot, 0.01))));
    for (qsizetype i = 0; i < m_cpus.size(); i += step) {
        // Centred under its bar, but kept inside the widget at both ends.
        const double centre = plot.left() + slot * (double(i) + 0.5);
        const double left = std::clamp(centre - widest / 2.0, 0.0, std::max(0.0, double(width()) - widest));
        const QRectF label(left, plot.bottom() + 1, widest, metrics.height());
        painter.drawText(label, Qt::AlignHCenter | Qt::AlignTop, QString::number(m_cpus[i]));
    }
}
