// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "nicinfo.h"

using namespace Qt::StringLiterals;

namespace {
bool isLowerHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
}

bool allLowerHex(QStringView text)
{
    for (QChar c : text) {
        if (!isLowerHex(c))
            return false;
    }
    return true;
}

// `dddd:bb:dd.f`: the domain has at least 4 hex digits (Hyper-V uses wider ones), the function is 0-7.
bool isPciAddress(QStringView text)
{
    const qsizetype n = text.size();
    if (n < 12)
        return false;
    const QStringView domain = text.first(n - 8);
    const QStringView rest = text.last(8); // `:bb:dd.f`
    return allLowerHex(domain) && rest[0] == u':' && allLowerHex(rest.sliced(1, 2)) && rest[3] == u':'
        && allLowerHex(rest.sliced(4, 2)) && rest[6] == u'.' && rest[7] >= u'0' && rest[7] <= u'7';
}
} // namespace

QString NicQueue::name() const
{
    return (direction == Direction::Rx ? u"rx-"_s : u"tx-"_s) + QString::number(index);
}

QString NicInfo::pciAddress() const
{
    return isPciAddress(device) ? device : QString();
}
