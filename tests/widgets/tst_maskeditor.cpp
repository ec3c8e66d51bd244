// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "cpugridwidget.h"
#include "maskeditor.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// QCOMPARE prints sets as lists.
char *toString(const CpuSet &set)
{
    return qstrdup(qPrintable(u"{"_s + set.toCpuList() + u"}"_s));
}

namespace {
const QString x86 = u": on most x86 systems the interrupt still goes to one of them — see \"effective\""_s;

CpuTopology flatTopology(int count)
{
    CpuTopology topology;
    topology.possible = CpuSet::range(0, count - 1);
    topology.present = topology.possible;
    topology.online = topology.possible;
    return topology;
}

/// 8 CPUs: 3 and 5 offline, 6 isolated, 7 nohz_full.
CpuTopology gappyTopology()
{
    CpuTopology topology = flatTopology(8);
    topology.online = CpuSet {0, 1, 2, 4, 6, 7};
    topology.isolated = CpuSet {6};
    topology.nohzFull = CpuSet {7};
    return topology;
}

/// 2 packages × 2 nodes × 4 cores × 2 threads; CPUs 16–31 are the siblings of 0–15.
CpuTopology bigTopology()
{
    CpuTopology topology = flatTopology(32);
    for (int cpu = 0; cpu < 32; ++cpu) {
        const int first = cpu % 16;
        CpuInfo info;
        info.cpu = cpu;
        info.package = first / 8;
        info.die = 0;
        info.core = first % 8;
        info.node = first / 4;
        info.threadSiblings = CpuSet {first, first + 16};
        info.online = true;
        topology.cpus.append(info);
        topology.nodes[info.node].insert(cpu);
    }
    return topology;
}

CpuTopology topologyNamed(const QString &name)
{
    if (name == u"flat8")
        return flatTopology(8);
    if (name == u"gappy")
        return gappyTopology();
    if (name == u"flat64")
        return flatTopology(64);
    return bigTopology();
}

struct Editor
{
    MaskEditor editor;
    QLineEdit *hex = nullptr;
    QLineEdit *list = nullptr;
    QLabel *hexError = nullptr;
    QLabel *listError = nullptr;

    explicit Editor(const CpuTopology &topology)
    {
        editor.setTopology(topology);
        hex = editor.findChild<QLineEdit *>(u"hexEdit"_s);
        list = editor.findChild<QLineEdit *>(u"listEdit"_s);
        hexError = editor.findChild<QLabel *>(u"hexError"_s);
        listError = editor.findChild<QLabel *>(u"listError"_s);
        Q_ASSERT(hex && list && hexError && listError);
        editor.resize(700, 500);
        editor.show();
    }

    QPushButton *button(const QString &name) const { return editor.findChild<QPushButton *>(name); }
};

/// Replaces the text of @p edit by typing, as a person does (textEdited fires per key).
void type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

/// Replaces the text of @p edit in one edit, as pasting does: no valid prefix gets applied on the way.
void paste(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        edit->insert(text);
}
} // namespace

class TestMaskEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hexDrivesListAndGrid()
    {
        Editor e(flatTopology(8));
        QSignalSpy spy(&e.editor, &MaskEditor::maskChanged);
        type(e.hex, u"f"_s);
        QCOMPARE(e.editor.grid()->selection(), CpuSet::range(0, 3));
        QCOMPARE(e.list->text(), u"0-3"_s);
        QCOMPARE(e.editor.mask(), std::optional<CpuSet>(CpuSet::range(0, 3)));
        QVERIFY(!spy.isEmpty());
        QCOMPARE(spy.last().first().value<std::optional<CpuSet>>(), std::optional<CpuSet>(CpuSet::range(0, 3)));
        // What was typed stays while typing; Enter gives it the kernel's form.
        QCOMPARE(e.hex->text(), u"f"_s);
        type(e.hex, u"0xF0"_s);
        QCOMPARE(e.list->text(), u"4-7"_s);
        QTest::keyClick(e.hex, Qt::Key_Return);
        QCOMPARE(e.hex->text(), u"f0"_s);
        QCOMPARE(e.hexError->text(), QString());
    }

    void listDrivesHexAndGrid()
    {
        Editor e(flatTopology(8));
        type(e.list, u"4-5"_s);
        QCOMPARE(e.editor.grid()->selection(), CpuSet({4, 5}));
        QCOMPARE(e.hex->text(), u"30"_s);
        type(e.list, u"7,0-1"_s);
        QCOMPARE(e.hex->text(), u"83"_s);
        QTest::keyClick(e.list, Qt::Key_Enter);
        QCOMPARE(e.list->text(), u"0-1,7"_s);
    }

    void gridDrivesText()
    {
        Editor e(flatTopology(8));
        QVERIFY(QTest::qWaitForWindowExposed(&e.editor));
        CpuGridWidget *grid = e.editor.grid();
        QTest::mouseClick(grid, Qt::LeftButton, {}, grid->cellRect(7).center());
        QCOMPARE(e.hex->text(), u"80"_s);
        QCOMPARE(e.list->text(), u"7"_s);
        QTest::mouseClick(grid, Qt::LeftButton, {}, grid->cellRect(0).center());
        QCOMPARE(e.hex->text(), u"81"_s);
        QCOMPARE(e.list->text(), u"0,7"_s);
        QCOMPARE(e.editor.mask(), std::optional<CpuSet>(CpuSet({0, 7})));

        // Deselecting the last CPU: the empty mask, said under the hex field.
        QTest::mouseClick(grid, Qt::LeftButton, {}, grid->cellRect(0).center());
        QTest::mouseClick(grid, Qt::LeftButton, {}, grid->cellRect(7).center());
        QCOMPARE(e.hex->text(), u"00"_s);
        QCOMPARE(e.list->text(), QString());
        QCOMPARE(e.hexError->text(), u"An interrupt needs at least one online CPU: the kernel refuses an empty mask"_s);
        QCOMPARE(e.editor.mask(), std::nullopt);
        QCOMPARE(e.editor.explanation(), QString());
        QTest::mouseClick(grid, Qt::LeftButton, {}, grid->cellRect(2).center());
        QCOMPARE(e.hexError->text(), QString());
        QCOMPARE(e.editor.mask(), std::optional<CpuSet>(CpuSet({2})));
    }

    void invalidTextAfterGridClickIsReplaced()
    {
        Editor e(flatTopology(8));
        QVERIFY(QTest::qWaitForWindowExposed(&e.editor));
        e.editor.setMask({1});
        type(e.hex, u"zz"_s);
        QVERIFY(!e.hexError->text().isEmpty());
        QTest::mouseClick(e.editor.grid(), Qt::LeftButton, {}, e.editor.grid()->cellRect(2).center());
        QCOMPARE(e.hex->text(), u"06"_s);
        QCOMPARE(e.hexError->text(), QString());
        QCOMPARE(e.editor.mask(), std::optional<CpuSet>(CpuSet({1, 2})));
    }

    void kernelWidth()
    {
        Editor e(flatTopology(64));
        e.editor.setMask({0});
        QCOMPARE(e.hex->text(), u"00000000,00000001"_s);
        type(e.list, u"32,63"_s);
        QCOMPARE(e.hex->text(), u"80000001,00000000"_s);
        type(e.hex, u"1,0"_s);
        QCOMPARE(e.list->text(), u"32"_s);
    }

    void invalidText_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("machine");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");

        const QString empty = u"An interrupt needs at least one online CPU: the kernel refuses an empty mask"_s;
        // Syntax, from the parser.
        QTest::newRow("hex: bad digit") << u"hex"_s << u"flat8"_s << u"fg"_s
                                        << u"'g' at position 1 is not a hexadecimal digit"_s;
        QTest::newRow("hex: not hex at all")
            << u"hex"_s << u"flat8"_s << u"xyz"_s << u"'x' at position 0 is not a hexadecimal digit"_s;
        QTest::newRow("hex: bare 0x") << u"hex"_s << u"flat8"_s << u"0x"_s
                                      << u"'0x' at position 0 is not followed by a mask"_s;
        QTest::newRow("hex: group too long")
            << u"hex"_s << u"flat8"_s << u"123456789"_s
            << u"Group '123456789' at position 0 has more than 8 hex digits (32 bits)"_s;
        QTest::newRow("hex: too many groups") << u"hex"_s << u"flat8"_s << QList<QString>(257, u"0"_s).join(u',')
                                              << u"257 groups of 32 bits do not fit 8192 CPUs (at most 256 groups)"_s;
        QTest::newRow("hex: empty group")
            << u"hex"_s << u"flat8"_s << u"1,,2"_s << u"',' at position 2 does not follow a group of hex digits"_s;
        QTest::newRow("hex: trailing comma")
            << u"hex"_s << u"flat8"_s << u"f,"_s << u"',' at position 1 is not followed by a group of hex digits"_s;
        QTest::newRow("list: bad digit") << u"list"_s << u"flat8"_s << u"a"_s
                                         << u"'a' at position 0 is not a decimal digit"_s;
        QTest::newRow("list: space") << u"list"_s << u"flat8"_s << u"2 3"_s
                                     << u"' ' at position 1 is not a decimal digit"_s;
        QTest::newRow("list: reversed range")
            << u"list"_s << u"flat8"_s << u"5-3"_s << u"Range 5-3 is reversed: write 3-5"_s;
        QTest::newRow("list: out of range")
            << u"list"_s << u"flat8"_s << u"99999"_s << u"CPU 99999 is out of range (at most 8191)"_s;
        QTest::newRow("list: empty item")
            << u"list"_s << u"flat8"_s << u"1,,2"_s << u"',' at position 2 does not follow a CPU number"_s;
        QTest::newRow("list: open range")
            << u"list"_s << u"flat8"_s << u"1-"_s << u"'-' at position 1 is not followed by a CPU number"_s;
        QTest::newRow("list: range of a range")
            << u"list"_s << u"flat8"_s << u"1-2-3"_s << u"'-' at position 3 follows a complete range"_s;
        // Empty.
        QTest::newRow("hex: empty text") << u"hex"_s << u"flat8"_s << QString() << empty;
        QTest::newRow("hex: blank text") << u"hex"_s << u"flat8"_s << u"  "_s << empty;
        QTest::newRow("hex: zero") << u"hex"_s << u"flat8"_s << u"0"_s << empty;
        QTest::newRow("hex: zeros") << u"hex"_s << u"flat8"_s << u"00000000,00000000"_s << empty;
        QTest::newRow("list: empty text") << u"list"_s << u"flat8"_s << QString() << empty;
        // CPUs this machine does not have.
        QTest::newRow("hex: CPU 8 of 8") << u"hex"_s << u"flat8"_s << u"100"_s
                                         << u"CPU 8 does not exist on this machine (0-7)"_s;
        QTest::newRow("hex: second group")
            << u"hex"_s << u"flat8"_s << u"1,00000000"_s << u"CPU 32 does not exist on this machine (0-7)"_s;
        QTest::newRow("list: CPU 9") << u"list"_s << u"flat8"_s << u"9"_s
                                     << u"CPU 9 does not exist on this machine (0-7)"_s;
        QTest::newRow("list: several") << u"list"_s << u"flat8"_s << u"0,8-10"_s
                                       << u"CPUs 8-10 do not exist on this machine (0-7)"_s;
        // CPUs that cannot take interrupts.
        QTest::newRow("hex: offline") << u"hex"_s << u"gappy"_s << u"8"_s << u"CPU 3 is offline"_s;
        QTest::newRow("hex: offline with others") << u"hex"_s << u"gappy"_s << u"f"_s << u"CPU 3 is offline"_s;
        QTest::newRow("list: offline") << u"list"_s << u"gappy"_s << u"3"_s << u"CPU 3 is offline"_s;
        QTest::newRow("list: two offline") << u"list"_s << u"gappy"_s << u"2-5"_s << u"CPUs 3,5 are offline"_s;
        QTest::newRow("list: isolated") << u"list"_s << u"gappy"_s << u"6"_s
                                        << u"CPU 6 is isolated (isolcpus=): it is reserved for other work"_s;
        QTest::newRow("hex: nohz_full") << u"hex"_s << u"gappy"_s << u"80"_s
                                        << u"CPU 7 runs tickless (nohz_full=): it is reserved for other work"_s;
        QTest::newRow("list: missing before offline")
            << u"list"_s << u"gappy"_s << u"3,12"_s << u"CPU 12 does not exist on this machine (0-7)"_s;
    }

    void invalidText()
    {
        QFETCH(QString, field);
        QFETCH(QString, machine);
        QFETCH(QString, text);
        QFETCH(QString, message);

        Editor e(topologyNamed(machine));
        e.editor.setMask({1});
        const QColor validBase = e.hex->palette().color(QPalette::Base);
        QSignalSpy spy(&e.editor, &MaskEditor::maskChanged);
        const bool hex = field == u"hex";
        QLineEdit *edit = hex ? e.hex : e.list;
        QLineEdit *other = hex ? e.list : e.hex;
        const QString otherText = other->text();

        paste(edit, text);
        QCOMPARE(edit->text(), text);
        QCOMPARE((hex ? e.hexError : e.listError)->text(), message);
        QCOMPARE((hex ? e.listError : e.hexError)->text(), QString());
        QCOMPARE(edit->accessibleDescription(), message);
        QVERIFY(edit->palette().color(QPalette::Base) != validBase);
        QCOMPARE(e.editor.mask(), std::nullopt);
        QVERIFY(!e.editor.isValid());
        QCOMPARE(spy.last().first().value<std::optional<CpuSet>>(), std::nullopt);
        QCOMPARE(e.editor.explanation(), QString());
        // Never applied: the grid and the other field keep the last valid mask.
        QCOMPARE(e.editor.grid()->selection(), CpuSet({1}));
        QCOMPARE(other->text(), otherText);

        // A valid text in either field clears it.
        type(other, hex ? u"0-1"_s : u"3"_s);
        QCOMPARE(e.editor.mask(), std::optional<CpuSet>(CpuSet({0, 1})));
        QCOMPARE(e.hexError->text(), QString());
        QCOMPARE(e.listError->text(), QString());
        QCOMPARE(edit->palette().color(QPalette::Base), validBase);
        QCOMPARE(edit->text(), hex ? u"03"_s : u"0-1"_s);
    }

    void setMaskLeavesOutUnavailableCpus()
    {
        Editor e(gappyTopology());
        e.editor.setMask(CpuSet::range(0, 7));
        QCOMPARE(e.editor.mask(), std::optional<CpuSet>(CpuSet({0, 1, 2, 4})));
        QCOMPARE(e.hex->text(), u"17"_s);
        auto *note = e.editor.findChild<QLabel *>(u"note"_s);
        QVERIFY(note->isVisible());
        QCOMPARE(note->text(),
            u"Left out of the current mask: CPUs 3,5 are offline; CPU 6 is isolated (isolcpus=): it is reserved for "
            "other work; CPU 7 runs tickless (nohz_full=): it is reserved for other work."_s);
        // The note is about the mask as it was given: the first edit retires it.
        type(e.list, u"0"_s);
        QVERIFY(!note->isVisible());

        e.editor.setMask({5});
        QCOMPARE(e.editor.mask(), std::nullopt);
        QCOMPARE(e.hexError->text(), u"An interrupt needs at least one online CPU: the kernel refuses an empty mask"_s);
    }

    void quickActions()
    {
        CpuTopology topology = bigTopology();
        topology.online.remove(5);
        topology.isolated = CpuSet {6};
        Editor e(topology);
        QVERIFY(QTest::qWaitForWindowExposed(&e.editor));
        QPushButton *all = e.button(u"allButton"_s);
        QPushButton *node = e.button(u"nodeButton"_s);
        QPushButton *queue = e.button(u"queueButton"_s);
        QPushButton *invert = e.button(u"invertButton"_s);
        const CpuSet usable = CpuSet::range(0, 31).subtracted({5, 6});

        QTest::mouseClick(all, Qt::LeftButton);
        QCOMPARE(e.editor.mask(), std::optional<CpuSet>(usable));

        QVERIFY(!node->isEnabled());
        QVERIFY(!queue->isEnabled());
        QVERIFY(node->isVisible() && queue->isVisible());
        e.editor.setDeviceActionsShown(false);
        QVERIFY(!node->isVisible() && !queue->isVisible());
        QVERIFY(all->isVisible() && invert->isVisible());
        e.editor.setDeviceActionsShown(true);
        QVERIFY(node->isVisible() && queue->isVisible());
        e.editor.setDeviceNode(1);
        QVERIFY(node->isEnabled());
        QTest::mouseClick(node, Qt::LeftButton);
        QCOMPARE(e.editor.mask(), std::optional<CpuSet>(CpuSet({4, 7, 20, 21, 22, 23})));
        QCOMPARE(e.list->text(), u"4,7,20-23"_s);

        // Queue n: the n-th usable CPU of the device's node (4 7 20 21 22 23), wrapping.
        const QList<std::pair<int, int>> queues {{0, 4}, {1, 7}, {2, 20}, {5, 23}, {6, 4}, {13, 7}};
        for (const auto &[index, cpu] : queues) {
            e.editor.setQueueIndex(index);
            QVERIFY(queue->isEnabled());
            QTest::mouseClick(queue, Qt::LeftButton);
            QCOMPARE(e.editor.mask(), std::optional<CpuSet>(CpuSet({cpu})));
        }
        QCOMPARE(queue->toolTip(), u"Queue 13 gets CPU 7: queues take the online CPUs of node 1 in turn, one each"_s);
        // Without a node, the machine's usable CPUs: 0 1 2 3 4 7 8 ...
        e.editor.setDeviceNode(-1);
        QVERIFY(!node->isEnabled());
        e.editor.setQueueIndex(5);
        QTest::mouseClick(queue, Qt::LeftButton);
        QCOMPARE(e.editor.mask(), std::optional<CpuSet>(CpuSet({7})));
        e.editor.setQueueIndex(-1);
        QVERIFY(!queue->isEnabled());

        // A node without usable CPUs cannot be picked.
        CpuTopology lonely = topology;
        lonely.online = lonely.online.subtracted(lonely.nodes[3]);
        e.editor.setTopology(lonely);
        e.editor.setDeviceNode(3);
        QVERIFY(!node->isEnabled());

        e.editor.setTopology(topology);
        e.editor.setMask(CpuSet::range(0, 3));
        QTest::mouseClick(invert, Qt::LeftButton);
        QCOMPARE(e.editor.mask(), std::optional<CpuSet>(usable.subtracted(CpuSet::range(0, 3))));
        QTest::mouseClick(invert, Qt::LeftButton);
        QCOMPARE(e.editor.mask(), std::optional<CpuSet>(CpuSet::range(0, 3)));
        // Inverting everything leaves nothing: the empty-mask error, not a silent no-op.
        QTest::mouseClick(all, Qt::LeftButton);
        QTest::mouseClick(invert, Qt::LeftButton);
        QCOMPARE(e.editor.mask(), std::nullopt);
        QCOMPARE(e.editor.grid()->selection(), CpuSet());
    }

    void explanation_data()
    {
        QTest::addColumn<QString>("machine");
        QTest::addColumn<CpuSet>("mask");
        QTest::addColumn<QString>("expected");

        QTest::newRow("one CPU") << u"big"_s << CpuSet {5} << u"0x20 = CPU 5 only"_s;
        QTest::newRow("two CPUs") << u"big"_s << CpuSet {0, 1} << u"0x3 = CPUs 0–1"_s + x86;
        QTest::newRow("a package") << u"big"_s << CpuSet::range(0, 7).united(CpuSet::range(16, 23))
                                   << u"0xff00ff = CPUs 0–7, 16–23 (all of package 0)"_s + x86;
        QTest::newRow("a node") << u"big"_s << CpuSet::range(4, 7).united(CpuSet::range(20, 23))
                                << u"0xf000f0 = CPUs 4–7, 20–23 (all of node 1)"_s + x86;
        QTest::newRow("a core") << u"big"_s << CpuSet {2, 18}
                                << u"0x40004 = CPUs 2, 18 (both threads of core 2)"_s + x86;
        QTest::newRow("everything") << u"big"_s << CpuSet::range(0, 31)
                                    << u"0xffffffff = CPUs 0–31 (all online CPUs)"_s + x86;
        CpuSet even;
        for (int cpu = 0; cpu < 32; cpu += 2)
            even.insert(cpu);
        QTest::newRow("a long list") << u"big"_s << even
                                     << u"0x55555555 = CPUs 0, 2, 4, 6, 8, 10, …, 30 (16 CPUs)"_s + x86;
        QTest::newRow("no topology") << u"flat8"_s << CpuSet::range(0, 3) << u"0xf = CPUs 0–3"_s + x86;
        QTest::newRow("all usable of a gappy machine")
            << u"gappy"_s << CpuSet {0, 1, 2, 4} << u"0x17 = CPUs 0–2, 4 (all online CPUs)"_s + x86;
        QTest::newRow("beyond 32 CPUs") << u"flat64"_s << CpuSet {32} << u"1,00000000 = CPU 32 only"_s;
    }

    void explanation()
    {
        QFETCH(QString, machine);
        QFETCH(CpuSet, mask);
        QFETCH(QString, expected);
        const CpuTopology topology = topologyNamed(machine);
        QCOMPARE(MaskEditor::explain(mask, topology), expected);
        Editor e(topology);
        e.editor.setMask(mask);
        QCOMPARE(e.editor.explanation(), expected);
        QCOMPARE(e.editor.findChild<QLabel *>(u"explanation"_s)->text(), expected);
    }

    void explanationFollowsTyping()
    {
        Editor e(flatTopology(8));
        type(e.hex, u"2"_s);
        QCOMPARE(e.editor.explanation(), u"0x2 = CPU 1 only"_s);
        type(e.list, u"1-2"_s);
        QCOMPARE(e.editor.explanation(), u"0x6 = CPUs 1–2"_s + x86);
    }

    void effectiveAndRatesReachTheGrid()
    {
        Editor e(flatTopology(8));
        e.editor.setEffective({3});
        e.editor.setRates({3}, {250});
        QCOMPARE(e.editor.grid()->effective(), CpuSet({3}));
        QVERIFY(e.editor.grid()->cellDescription(3).contains(u"effective"_s));
        QVERIFY(e.editor.grid()->cellDescription(3).contains(u"250"_s));
    }

    void tabOrderAndBuddies()
    {
        Editor e(flatTopology(8));
        QApplication::setActiveWindow(&e.editor);
        QVERIFY(QTest::qWaitForWindowActive(&e.editor));
        e.editor.grid()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), e.editor.grid());
        const QList<QWidget *> chain {e.hex, e.list, e.button(u"allButton"_s)};
        for (QWidget *next : chain) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), next);
        }
        // The node and queue actions are disabled here, so Invert follows All online.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), e.button(u"invertButton"_s));

        QTest::keyClick(&e.editor, Qt::Key_H, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), e.hex);
        QTest::keyClick(&e.editor, Qt::Key_L, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), e.list);
        QTest::keyClick(&e.editor, Qt::Key_C, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), e.editor.grid());
        QTest::keyClick(&e.editor, Qt::Key_A, Qt::AltModifier);
        // A button's mnemonic animates the click.
        QTRY_COMPARE(e.editor.mask(), std::optional<CpuSet>(CpuSet::range(0, 7)));
    }

    void manyCpus()
    {
        Editor e(flatTopology(512));
        QVERIFY(QTest::qWaitForWindowExposed(&e.editor));
        type(e.list, u"511"_s);
        QCOMPARE(e.hex->text(), u"80000000"_s + QString(u",00000000"_s).repeated(15));
        CpuGridWidget *grid = e.editor.grid();
        QCOMPARE(grid->selection(), CpuSet({511}));
        // The grid scrolls; the keyboard cursor is brought into view.
        grid->setFocus();
        QTest::keyClick(grid, Qt::Key_End);
        QCOMPARE(grid->currentCpu(), 511);
        const QRect cell = grid->cellRect(511);
        const QPoint inViewport = grid->mapTo(grid->parentWidget(), cell.center());
        QVERIFY(grid->parentWidget()->rect().contains(inViewport));
        QTest::mouseClick(grid, Qt::LeftButton, {}, cell.center());
        QCOMPARE(e.editor.mask(), std::nullopt);
        QTest::mouseClick(grid, Qt::LeftButton, {}, grid->cellRect(510).center());
        QCOMPARE(e.list->text(), u"510"_s);
    }
};

QTEST_MAIN(TestMaskEditor)
#include "tst_maskeditor.moc"
