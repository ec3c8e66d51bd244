<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AffinityDialog</name>
    <message>
        <location filename="../src/app/affinitydialog.cpp" line="+59"/>
        <source>Set Affinity</source>
        <translation>Affinität festlegen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Interrupts to change:</source>
        <translation>Zu ändernde Interrupts:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interrupts to change</source>
        <translation>Zu ändernde Interrupts</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Cannot be changed:</source>
        <translation>Nicht änderbar:</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Interrupts that cannot be changed</source>
        <translation>Interrupts, die sich nicht ändern lassen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 %2: raised by the CPUs themselves; it has no affinity to set.</source>
        <translation>%1 %2: wird von den CPUs selbst ausgelöst; es gibt keine Affinität, die sich festlegen ließe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the kernel refused to move it earlier in this session (a managed IRQ).</source>
        <translation>%1: Der Kernel hat das Verschieben in dieser Sitzung bereits verweigert (ein verwalteter IRQ).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: its smp_affinity is read-only (the kernel manages this IRQ).</source>
        <translation>%1: smp_affinity ist schreibgeschützt (der Kernel verwaltet diesen IRQ).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: there is no /proc/irq/%2 for it.</source>
        <translation>%1: Dafür gibt es kein /proc/irq/%2.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This window shows %1, but the helper changes the interrupts of the machine it runs on.</source>
        <translation>Dieses Fenster zeigt %1, das Hilfsprogramm ändert aber die Interrupts des Rechners, auf dem es läuft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>irqbalance is running and may move these interrupts back within seconds.</source>
        <translation>irqbalance läuft und kann diese Interrupts binnen Sekunden zurückverschieben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+120"/>
        <source>Applied.</source>
        <translation>Angewendet.</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Nothing was changed: the interrupts are changed all together or not at all.</source>
        <translation>Nichts wurde geändert: Die Interrupts werden alle zusammen oder gar nicht geändert.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>IRQ %1</source>
        <translation>IRQ %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IRQ %1 %2</source>
        <translation>IRQ %1 %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: %2 → (invalid mask)</source>
        <translation>%1: %2 → (ungültige Maske)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 (unchanged)</source>
        <translation>%1: %2 (unverändert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The mask is not valid.</source>
        <translation>Die Maske ist nicht gültig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing would change.</source>
        <translation>Es würde sich nichts ändern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the new mask to the IRQ Scope helper (you may be asked to authenticate).</source>
        <translation>Die neue Maske an das IRQ-Scope-Hilfsprogramm senden (eventuell werden Sie zur Authentifizierung aufgefordert).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Applying…</source>
        <translation>Wird angewendet …</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: requested %2, effective %3 (pending)</source>
        <translation>%1: angefordert %2, wirksam %3 (ausstehend)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: requested %2, effective %3</source>
        <translation>%1: angefordert %2, wirksam %3</translation>
    </message>
</context>
<context>
    <name>AttributeReader</name>
    <message>
        <location filename="../src/core/attributereader.cpp" line="+35"/>
        <source>could not be read: %1</source>
        <translation>konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>not a CPU list: %1</source>
        <translation>keine CPU-Liste: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not a CPU mask: %1</source>
        <translation>keine CPU-Maske: %1</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <location filename="../src/widgets/chartspage.cpp" line="+93"/>
        <source>%1 G</source>
        <translation>%1 G</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 M</source>
        <translation>%1 M</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 k</source>
        <translation>%1 k</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Show &amp;every CPU</source>
        <translation>&amp;Jede CPU einzeln zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On machines with more than %1 CPUs the charts sum CPUs per NUMA node, package or block; check this to draw every CPU.</source>
        <translation>Auf Rechnern mit mehr als %1 CPUs fassen die Diagramme die CPUs je NUMA-Knoten, Package oder Block zusammen; aktivieren Sie dies, um jede CPU einzeln zu zeichnen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Device interrupts per second, per CPU</source>
        <translation>Geräte-Interrupts pro Sekunde, je CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+82"/>
        <source>Selected interrupt per second, per CPU</source>
        <translation>Ausgewählter Interrupt pro Sekunde, je CPU</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+191"/>
        <source>Share of CPU time in interrupt handlers (%)</source>
        <translation>Anteil der CPU-Zeit in Interrupt-Handlern (%)</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>Softirqs per second, per CPU</source>
        <translation>Softirqs pro Sekunde, je CPU</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Where device interrupts land. One busy line and many flat ones means one CPU does all the interrupt work.</source>
        <translation>Wo die Geräte-Interrupts ankommen. Eine hohe Linie und viele flache bedeuten: Eine einzige CPU erledigt die gesamte Interrupt-Arbeit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The interrupt selected in the table, per CPU. After changing its affinity, its line should move to the CPUs you chose.</source>
        <translation>Der in der Tabelle ausgewählte Interrupt, je CPU. Nachdem Sie seine Affinität geändert haben, sollte seine Linie zu den gewählten CPUs wandern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hardirq</source>
        <translation>hardirq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>softirq</source>
        <translation>softirq</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>hardirq: time in interrupt handlers. softirq: time in the deferred work they schedule (network receive, timers, block completion). A CPU far above the others is the bottleneck.</source>
        <translation>hardirq: Zeit in Interrupt-Handlern. softirq: Zeit in der aufgeschobenen Arbeit, die diese einplanen (Netzwerkempfang, Timer, Abschluss von Block-I/O). Eine CPU weit über den anderen ist der Engpass.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Softirq work per CPU by type. NET_RX concentrated on one CPU is what RPS spreads.</source>
        <translation>Softirq-Arbeit je CPU nach Typ. Ballt sich NET_RX auf einer CPU, kann RPS es verteilen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>IRQ %1 per second, per CPU</source>
        <translation>IRQ %1 pro Sekunde, je CPU</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Share of CPU time in interrupt handlers (%): this kernel does not account it</source>
        <translation>Anteil der CPU-Zeit in Interrupt-Handlern (%): Dieser Kernel erfasst ihn nicht</translation>
    </message>
</context>
<context>
    <name>CpuBarsWidget</name>
    <message>
        <location filename="../src/widgets/cpubarswidget.cpp" line="+21"/>
        <source>Rate per CPU</source>
        <translation>Rate je CPU</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+45"/>
        <source>CPU %1: %2</source>
        <translation>CPU %1: %2</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>No activity on any CPU</source>
        <translation>Keine Aktivität auf den CPUs</translation>
    </message>
</context>
<context>
    <name>CpuGridWidget</name>
    <message>
        <location filename="../src/widgets/cpugridwidget.cpp" line="+236"/>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a CPU or press Space to add it to the mask or remove it; drag to paint; click a package, node or core to toggle all of its CPUs.</source>
        <translation>Klicken Sie auf eine CPU oder drücken Sie die Leertaste, um sie zur Maske hinzuzufügen oder aus ihr zu entfernen; ziehen Sie, um mehrere zu markieren; ein Klick auf ein Package, einen Knoten oder einen Kern schaltet alle seine CPUs um.</translation>
    </message>
    <message>
        <location line="+204"/>
        <source>CPU %1 is not present: the kernel cannot deliver interrupts to it</source>
        <translation>CPU %1 ist nicht vorhanden: Der Kernel kann ihr keine Interrupts zustellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU %1 is offline: the kernel cannot deliver interrupts to it</source>
        <translation>CPU %1 ist offline: Der Kernel kann ihr keine Interrupts zustellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU %1 is isolated (isolcpus=): interrupts would disturb the work it is reserved for</source>
        <translation>CPU %1 ist isoliert (isolcpus=): Interrupts würden die Arbeit stören, für die sie reserviert ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU %1 runs tickless (nohz_full=): interrupts would disturb the work it is reserved for</source>
        <translation>CPU %1 läuft tickless (nohz_full=): Interrupts würden die Arbeit stören, für die sie reserviert ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CPU %1 does not exist on this machine</source>
        <translation>CPU %1 gibt es auf diesem Rechner nicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+103"/>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <location line="-100"/>
        <location line="+93"/>
        <source>core %1</source>
        <translation>Kern %1</translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+93"/>
        <source>package %1</source>
        <translation>Package %1</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+91"/>
        <source>node %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>selected</source>
        <translation>ausgewählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>effective</source>
        <translation>effektiv</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>isolated</source>
        <translation>isoliert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nohz_full</source>
        <translation>nohz_full</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>interrupts: %1</source>
        <translation>Interrupts: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Package %1</source>
        <translation>Package %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other CPUs</source>
        <translation>Andere CPUs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline CPUs</source>
        <translation>Offline-CPUs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No node</source>
        <translation>Kein Knoten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Core %1, package %2</source>
        <translation>Kern %1, Package %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Core %1</source>
        <translation>Kern %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>none can take interrupts</source>
        <translation>keine kann Interrupts annehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all selected</source>
        <translation>alle ausgewählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none selected</source>
        <translation>keine ausgewählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 selected</source>
        <translation>%1 von %2 ausgewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, CPUs %2, %3</source>
        <translation>%1, CPUs %2, %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>CPU %1 (%2)</source>
        <translation>CPU %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the mask</source>
        <translation>In der Maske</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the mask: click to remove it</source>
        <translation>In der Maske: zum Entfernen klicken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not in the mask: click to add it</source>
        <translation>Nicht in der Maske: zum Hinzufügen klicken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kernel delivers the interrupt here (effective CPU)</source>
        <translation>Der Kernel stellt den Interrupt hier zu (effektive CPU)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interrupts now: %1</source>
        <translation>Interrupts aktuell: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: CPUs %2</source>
        <translation>%1: CPUs %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1. None of them can take interrupts.</source>
        <translation>%1. Keine davon kann Interrupts annehmen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1. Click to remove them all from the mask.</source>
        <translation>%1. Klicken, um alle aus der Maske zu entfernen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1. Click to add them all to the mask.</source>
        <translation>%1. Klicken, um alle zur Maske hinzuzufügen.</translation>
    </message>
    <message>
        <location line="+609"/>
        <source>No CPUs known</source>
        <translation>Keine CPUs bekannt</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>in the mask</source>
        <translation>in der Maske</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>effective: where the kernel delivers</source>
        <translation>effektiv: hierhin stellt der Kernel zu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot take interrupts</source>
        <translation>kann keine Interrupts annehmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>interrupts now: idle … %1</source>
        <translation>Interrupts aktuell: inaktiv … %1</translation>
    </message>
    <message numerus="yes">
        <location line="+112"/>
        <source>%n CPU(s)</source>
        <translation>
            <numerusform>%n CPU</numerusform>
            <numerusform>%n CPUs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CpuGroups</name>
    <message>
        <location filename="../src/models/cpugroups.cpp" line="+24"/>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Node %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Package %1</source>
        <translation>Package %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>CPUs %1–%2</source>
        <translation>CPUs %1–%2</translation>
    </message>
</context>
<context>
    <name>CpuLoadModel</name>
    <message>
        <location filename="../src/models/cpuloadmodel.cpp" line="+166"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Not known for CPU %1 yet: it takes two samples in which the CPU is online.</source>
        <translation>Für CPU %1 noch nicht bekannt: Dafür sind zwei Messungen nötig, in denen die CPU online ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CPU %1: a logical CPU (a core, or one hardware thread of a core) as the kernel numbers it.</source>
        <translation>CPU %1: eine logische CPU (ein Kern oder ein Hardware-Thread eines Kerns) in der Nummerierung des Kernels.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Device interrupts (numbered IRQs) CPU %1 handled per second during the last interval.</source>
        <translation>Geräte-Interrupts (nummerierte IRQs), die CPU %1 im letzten Intervall pro Sekunde bearbeitet hat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All interrupts CPU %1 handled per second during the last interval: device IRQs plus the CPU&apos;s own (local timer, inter-processor interrupts, NMIs…).</source>
        <translation>Alle Interrupts, die CPU %1 im letzten Intervall pro Sekunde bearbeitet hat: Geräte-IRQs plus die CPU-eigenen (lokaler Timer, Interprozessor-Interrupts, NMIs …).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Softirqs (deferred interrupt work such as network receive and timers) CPU %1 ran per second during the last interval, all types together.</source>
        <translation>Softirqs (aufgeschobene Interrupt-Arbeit wie Netzwerkempfang und Timer), die CPU %1 im letzten Intervall pro Sekunde ausgeführt hat, alle Typen zusammen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of CPU %2&apos;s time spent in hardware interrupt handlers during the last interval.</source>
        <translation>CPU %2 verbrachte im letzten Intervall %1 der Zeit in Hardware-Interrupt-Handlern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of CPU %2&apos;s time spent running softirqs during the last interval.</source>
        <translation>CPU %2 verbrachte im letzten Intervall %1 der Zeit mit Softirqs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of CPU %2&apos;s time the hypervisor gave to something else during the last interval (steal): the virtual CPU was ready but not running.</source>
        <translation>Der Hypervisor vergab im letzten Intervall %1 der Zeit von CPU %2 anderweitig (Steal): Die virtuelle CPU war bereit, lief aber nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of CPU %2&apos;s time spent neither idle nor waiting for I/O during the last interval.</source>
        <translation>CPU %2 war im letzten Intervall %1 der Zeit weder im Leerlauf noch beim Warten auf I/O.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device IRQs/s</source>
        <translation>Geräte-IRQs/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All IRQs/s</source>
        <translation>Alle IRQs/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Softirqs/s</source>
        <translation>Softirqs/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>% hardirq</source>
        <translation>% hardirq</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>% softirq</source>
        <translation>% softirq</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>% steal</source>
        <translation>% Steal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>% busy</source>
        <translation>% belegt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The logical CPU</source>
        <translation>Die logische CPU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interrupts from devices (numbered IRQs) per second</source>
        <translation>Interrupts von Geräten (nummerierte IRQs) pro Sekunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device interrupts plus the CPU&apos;s own (timer, IPIs, NMIs) per second</source>
        <translation>Geräte-Interrupts plus die CPU-eigenen (Timer, IPIs, NMIs) pro Sekunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Softirqs (deferred interrupt work) per second</source>
        <translation>Softirqs (aufgeschobene Interrupt-Arbeit) pro Sekunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of the CPU&apos;s time spent in hardware interrupt handlers</source>
        <translation>Anteil der CPU-Zeit in Hardware-Interrupt-Handlern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of the CPU&apos;s time spent running softirqs</source>
        <translation>Anteil der CPU-Zeit für Softirqs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of the CPU&apos;s time taken by the hypervisor for others</source>
        <translation>Anteil der CPU-Zeit, den der Hypervisor anderen gab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of the CPU&apos;s time not idle</source>
        <translation>Anteil der CPU-Zeit außerhalb des Leerlaufs</translation>
    </message>
</context>
<context>
    <name>CpuSet</name>
    <message>
        <location filename="../src/shared/cpuset.cpp" line="+70"/>
        <source>the text is empty</source>
        <translation>der Text ist leer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CPU %1 is out of range (at most %2)</source>
        <translation>CPU %1 liegt außerhalb des Bereichs (höchstens %2)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&apos;0x&apos; at position %1 is not followed by a mask</source>
        <translation>auf &apos;0x&apos; an Position %1 folgt keine Maske</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 at position %2 is not a hexadecimal digit</source>
        <translation>%1 an Position %2 ist keine Hexadezimalziffer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;,&apos; at position %1 does not follow a group of hex digits</source>
        <translation>&apos;,&apos; an Position %1 folgt nicht auf eine Gruppe von Hex-Ziffern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;,&apos; at position %1 is not followed by a group of hex digits</source>
        <translation>auf &apos;,&apos; an Position %1 folgt keine Gruppe von Hex-Ziffern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>group &apos;%1&apos; at position %2 has more than 8 hex digits (32 bits)</source>
        <translation>Gruppe &apos;%1&apos; an Position %2 hat mehr als 8 Hex-Ziffern (32 Bit)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 groups of 32 bits do not fit %2 CPUs (at most %3 groups)</source>
        <translation>%1 Gruppen zu 32 Bit passen nicht zu %2 CPUs (höchstens %3 Gruppen)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 at position %2 does not follow a CPU number</source>
        <translation>%1 an Position %2 folgt nicht auf eine CPU-Nummer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 at position %2 is not followed by a CPU number</source>
        <translation>auf %1 an Position %2 folgt keine CPU-Nummer</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+43"/>
        <source>%1 at position %2 is not a decimal digit</source>
        <translation>%1 an Position %2 ist keine Dezimalziffer</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>range %1-%2 is reversed: write %2-%1</source>
        <translation>der Bereich %1-%2 ist umgekehrt: Schreiben Sie %2-%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;-&apos; at position %1 follows a complete range</source>
        <translation>&apos;-&apos; an Position %1 folgt auf einen vollständigen Bereich</translation>
    </message>
</context>
<context>
    <name>CpuTopologyReader</name>
    <message>
        <location filename="../src/core/cputopologyreader.cpp" line="+62"/>
        <source>not a topology id: &apos;%1&apos;</source>
        <translation>keine Topologie-ID: &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>DefaultAffinityDialog</name>
    <message>
        <location filename="../src/app/defaultaffinitydialog.cpp" line="+30"/>
        <source>Set Default Affinity</source>
        <translation>Standard-Affinität festlegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The kernel gives this mask to every interrupt a driver requests from now on. Interrupts that exist now keep their masks; managed interrupts (NVMe, virtio queues) are spread by the kernel and ignore it.</source>
        <translation>Der Kernel gibt diese Maske jedem Interrupt, den ein Treiber ab jetzt anfordert. Bestehende Interrupts behalten ihre Masken; verwaltete Interrupts (NVMe, virtio-Warteschlangen) verteilt der Kernel selbst, sie ignorieren sie.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This window shows %1, but the helper changes the default of the machine it runs on.</source>
        <translation>Dieses Fenster zeigt %1, das Hilfsprogramm ändert aber die Standard-Affinität des Rechners, auf dem es läuft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>irqbalance is running: it may move new interrupts elsewhere once they fire.</source>
        <translation>irqbalance läuft: Es kann neue Interrupts woandershin verschieben, sobald sie auftreten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+81"/>
        <source>Applied.</source>
        <translation>Angewendet.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Default for new IRQs: %1 → (invalid mask)</source>
        <translation>Standard für neue IRQs: %1 → (ungültige Maske)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default for new IRQs: %1 (unchanged)</source>
        <translation>Standard für neue IRQs: %1 (unverändert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default for new IRQs: %1 → %2</source>
        <translation>Standard für neue IRQs: %1 → %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mask is not valid.</source>
        <translation>Die Maske ist nicht gültig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing would change.</source>
        <translation>Es würde sich nichts ändern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the new default to the IRQ Scope helper (you may be asked to authenticate).</source>
        <translation>Den neuen Standard an das IRQ-Scope-Hilfsprogramm senden (eventuell werden Sie zur Authentifizierung aufgefordert).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Applying…</source>
        <translation>Wird angewendet …</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>New IRQs now get %1.</source>
        <translation>Neue IRQs erhalten jetzt %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested %1, but the default reads %2 now.</source>
        <translation>Angefordert %1, der Standard lautet jetzt aber %2.</translation>
    </message>
</context>
<context>
    <name>HeatmapWidget</name>
    <message>
        <location filename="../src/widgets/heatmapwidget.cpp" line="+48"/>
        <source>Interrupt heatmap</source>
        <translation>Interrupt-Heatmap</translation>
    </message>
    <message>
        <location line="+270"/>
        <source>Interrupts per second of each IRQ (rows) on each CPU (columns). Arrow keys move the current cell, plus and minus zoom, Home shows everything.</source>
        <translation>Interrupts pro Sekunde jedes IRQs (Zeilen) auf jeder CPU (Spalten). Die Pfeiltasten bewegen die aktuelle Zelle, Plus und Minus zoomen, Pos1 zeigt alles.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+51"/>
        <source>IRQ %1</source>
        <translation>IRQ %1</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>rate unknown</source>
        <translation>Rate unbekannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 since boot</source>
        <translation>%1 seit Systemstart</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>IRQs %1–%2 (%n rows)</source>
        <translation>
            <numerusform>IRQs %1–%2 (%n Zeile)</numerusform>
            <numerusform>IRQs %1–%2 (%n Zeilen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPUs %1–%2</source>
        <translation>CPUs %1–%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 on %2: %3</source>
        <translation>%1 auf %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: idle</source>
        <translation>%1: inaktiv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 total, busiest %3 on CPU %4</source>
        <translation>%1: %2 insgesamt, am aktivsten %3 auf CPU %4</translation>
    </message>
    <message>
        <location line="+186"/>
        <source>No interrupts to show</source>
        <translation>Keine Interrupts anzuzeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>IRQ</source>
        <translation>IRQ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Interrupts per second</source>
        <translation>Interrupts pro Sekunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interrupts since boot (no rates yet)</source>
        <translation>Interrupts seit Systemstart (noch keine Raten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, summed over %2 IRQs × %3 CPUs per block</source>
        <translation>%1, summiert über %2 IRQs × %3 CPUs je Block</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>per second</source>
        <translation>pro Sekunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>since boot</source>
        <translation>seit Systemstart</translation>
    </message>
</context>
<context>
    <name>HelperClient</name>
    <message>
        <location filename="../src/app/helperclient.cpp" line="+137"/>
        <source>You are not allowed to change interrupt affinity (polkit refused, or no authentication agent is running).</source>
        <translation>Sie dürfen die Interrupt-Affinität nicht ändern (polkit hat abgelehnt, oder es läuft kein Authentifizierungsagent).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The helper refused the request as malformed (an empty or duplicate CPU list).</source>
        <translation>Das Hilfsprogramm hat die Anfrage als fehlerhaft abgelehnt (eine leere CPU-Liste oder doppelte CPUs).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This interrupt no longer exists (the device or driver went away).</source>
        <translation>Diesen Interrupt gibt es nicht mehr (das Gerät oder der Treiber ist verschwunden).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The kernel manages this interrupt&apos;s affinity itself (a managed IRQ, typical for NVMe and virtio queues): it cannot be changed.</source>
        <translation>Der Kernel verwaltet die Affinität dieses Interrupts selbst (ein verwalteter IRQ, typisch für NVMe- und virtio-Queues): Sie lässt sich nicht ändern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None of the chosen CPUs is online.</source>
        <translation>Keine der gewählten CPUs ist online.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A chosen CPU does not exist on this machine.</source>
        <translation>Eine gewählte CPU gibt es auf diesem Rechner nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chosen CPUs have no free interrupt vector left: choose more or other CPUs.</source>
        <translation>Die gewählten CPUs haben keinen freien Interrupt-Vektor mehr: Wählen Sie mehr oder andere CPUs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The helper is busy with another request: try again in a moment.</source>
        <translation>Das Hilfsprogramm bearbeitet gerade eine andere Anfrage: Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The kernel refused the new mask.</source>
        <translation>Der Kernel hat die neue Maske abgelehnt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The IRQ Scope helper is not installed or cannot be started: see README (sudo cmake --install build/dev).</source>
        <translation>Das IRQ-Scope-Hilfsprogramm ist nicht installiert oder lässt sich nicht starten: siehe README (sudo cmake --install build/dev).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The IRQ Scope helper did not answer in time.</source>
        <translation>Das IRQ-Scope-Hilfsprogramm hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IRQ Scope is not connected to the system bus, so it cannot reach its helper.</source>
        <translation>IRQ Scope ist nicht mit dem Systembus verbunden und erreicht daher sein Hilfsprogramm nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system bus does not let IRQ Scope talk to its helper (bus policy).</source>
        <translation>Der Systembus lässt IRQ Scope nicht mit seinem Hilfsprogramm sprechen (Bus-Richtlinie).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The IRQ Scope helper failed with an unexpected error (%1).</source>
        <translation>Das IRQ-Scope-Hilfsprogramm ist mit einem unerwarteten Fehler gescheitert (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
</context>
<context>
    <name>InterruptModel</name>
    <message>
        <location filename="../src/models/interruptmodel.cpp" line="+37"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+204"/>
        <source>%1 M/s</source>
        <translation>%1 M/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 k/s</source>
        <translation>%1 k/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>%1 /s</source>
        <translation>%1 /s</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>%1 (pending)</source>
        <translation>%1 (ausstehend)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is one counter for the whole machine, not kept per CPU.</source>
        <translation>%1 ist ein einziger Zähler für den ganzen Rechner, nicht je CPU.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>IRQ %1 on CPU %2: %3 since boot, %4 now.</source>
        <translation>IRQ %1 auf CPU %2: %3 seit Systemstart, %4 aktuell.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The IRQ number: the kernel&apos;s name for this interrupt line or MSI vector.</source>
        <translation>Die IRQ-Nummer: die Bezeichnung des Kernels für diese Interrupt-Leitung oder diesen MSI-Vektor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An architecture interrupt: raised by the CPUs themselves, not by a device. It has no affinity to set.</source>
        <translation>Ein Architektur-Interrupt: von den CPUs selbst ausgelöst, nicht von einem Gerät. Er hat keine einstellbare Affinität.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The handlers registered on this IRQ: usually the driver and device name.</source>
        <translation>Die für diesen IRQ registrierten Handler: meist Treiber- und Gerätename.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The interrupt controller (irq chip) that delivers this IRQ.</source>
        <translation>Der Interrupt-Controller (IRQ-Chip), der diesen IRQ zustellt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hardware interrupt number inside that controller.</source>
        <translation>Die Hardware-Interrupt-Nummer innerhalb dieses Controllers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edge: the device signals once per event. Level: the line stays raised until serviced.</source>
        <translation>Edge (flankengesteuert): Das Gerät meldet sich einmal pro Ereignis. Level (pegelgesteuert): Die Leitung bleibt aktiv, bis der Interrupt bedient ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPUs this IRQ may be delivered to (smp_affinity). On many systems it still goes to only one of them: see Effective.</source>
        <translation>CPUs, an die dieser IRQ zugestellt werden darf (smp_affinity). Auf vielen Systemen geht er trotzdem nur an eine davon: siehe Effektiv.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CPUs the interrupt controller really targets now (effective_affinity).</source>
        <translation>CPUs, an die der Interrupt-Controller ihn derzeit tatsächlich zustellt (effective_affinity).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The NUMA node of the device: CPUs on this node reach its memory fastest.</source>
        <translation>Der NUMA-Knoten des Geräts: CPUs auf diesem Knoten erreichen seinen Speicher am schnellsten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interrupts since boot, summed over the CPUs shown.</source>
        <translation>Interrupts seit Systemstart, summiert über die angezeigten CPUs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interrupts per second over the last sampling interval.</source>
        <translation>Interrupts pro Sekunde im letzten Messintervall.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>CPU%1</source>
        <translation>CPU%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>IRQ</source>
        <translation>IRQ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chip</source>
        <translation>Chip</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HW IRQ</source>
        <translation>HW-IRQ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Affinity</source>
        <translation>Affinität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Effective</source>
        <translation>Effektiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interrupts per second on this CPU</source>
        <translation>Interrupts pro Sekunde auf dieser CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interrupts on this CPU since boot</source>
        <translation>Interrupts auf dieser CPU seit Systemstart</translation>
    </message>
</context>
<context>
    <name>InterruptSampler</name>
    <message>
        <location filename="../src/core/interruptsampler.cpp" line="+64"/>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>InterruptsParser</name>
    <message>
        <location filename="../src/core/interruptsparser.cpp" line="+285"/>
        <source>CPU%1 appears twice in the header</source>
        <translation>CPU%1 kommt zweimal in der Kopfzeile vor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file has no header line: the first line is already a row (&quot;%1&quot;)</source>
        <translation>die Datei hat keine Kopfzeile: Die erste Zeile ist bereits eine Datenzeile (&quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected &quot;%1&quot; in the header</source>
        <translation>unerwartetes &quot;%1&quot; in der Kopfzeile</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the header names no CPU (expected &quot;CPU0 CPU1 …&quot;)</source>
        <translation>die Kopfzeile nennt keine CPU (erwartet: &quot;CPU0 CPU1 …&quot;)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>not a row: no &quot;label:&quot; at the start of the line</source>
        <translation>keine Datenzeile: kein &quot;label:&quot; am Zeilenanfang</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the file has more rows than its size allows; the rest are skipped</source>
        <translation>die Datei hat mehr Zeilen, als ihre Größe zulässt; der Rest wird übersprungen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>a count is too large for 64 bits; the row is skipped</source>
        <translation>ein Zählerwert ist zu groß für 64 Bit; die Zeile wird übersprungen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 has %2 more counts than the header names CPUs; they are ignored</source>
        <translation>%1 hat %2 Zählerwerte mehr, als die Kopfzeile CPUs nennt; sie werden ignoriert</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>IRQ %1 has %2 counts, the header names %3 CPUs; the rest read as 0</source>
        <translation>IRQ %1 hat %2 Zählerwerte, die Kopfzeile nennt %3 CPUs; der Rest wird als 0 gelesen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 has %2 counts, the header names %3 CPUs; the rest read as 0</source>
        <translation>%1 hat %2 Zählerwerte, die Kopfzeile nennt %3 CPUs; der Rest wird als 0 gelesen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
</context>
<context>
    <name>IrqDetailPanel</name>
    <message>
        <location filename="../src/widgets/irqdetailpanel.cpp" line="+19"/>
        <location line="+138"/>
        <location line="+2"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>no CPU</source>
        <translation>keine CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1  (mask %2)</source>
        <translation>%1  (Maske %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>receive</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>transmit</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>combined receive/transmit</source>
        <translation>Empfang und Senden kombiniert</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Affinity</source>
        <translation>Affinität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effective</source>
        <translation>Effektiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver hint</source>
        <translation>Treiberhinweis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NUMA node</source>
        <translation>NUMA-Knoten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hardware IRQ</source>
        <translation>Hardware-IRQ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handlers</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since boot</source>
        <translation>Seit Systemstart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate per CPU</source>
        <translation>Rate je CPU</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No interrupt selected</source>
        <translation>Kein Interrupt ausgewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a row to see where that interrupt may go, where it really goes, and what each value means.</source>
        <translation>Wählen Sie eine Zeile aus, um zu sehen, wohin dieser Interrupt gehen darf, wohin er tatsächlich geht und was die einzelnen Werte bedeuten.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>IRQ %1</source>
        <translation>IRQ %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IRQ %1 — %2</source>
        <translation>IRQ %1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A hardware interrupt: a device signals the CPUs through it. You choose which CPUs may receive it with its affinity.</source>
        <translation>Ein Hardware-Interrupt: Über ihn meldet sich ein Gerät bei den CPUs. Mit seiner Affinität legen Sie fest, welche CPUs ihn empfangen dürfen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A counter the kernel keeps for the whole machine, not per CPU.</source>
        <translation>Ein Zähler, den der Kernel für den ganzen Rechner führt, nicht je CPU.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An architecture interrupt: raised by the CPUs themselves (timers, inter-processor calls), not by a device. It has no affinity to set.</source>
        <translation>Ein Architektur-Interrupt: von den CPUs selbst ausgelöst (Timer, Interprozessor-Aufrufe), nicht von einem Gerät. Er hat keine einstellbare Affinität.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The CPUs this interrupt may be delivered to (%1smp_affinity).</source>
        <translation>Die CPUs, an die dieser Interrupt zugestellt werden darf (%1smp_affinity).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CPUs the interrupt controller targets right now. On most x86 systems this is one CPU of the affinity, even when the affinity allows several.</source>
        <translation>Die CPUs, an die der Interrupt-Controller diesen Interrupt gerade zustellt. Auf den meisten x86-Systemen ist das eine CPU aus der Affinität, auch wenn die Affinität mehrere erlaubt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CPUs the driver suggests (affinity_hint); irqbalance follows this hint.</source>
        <translation>Die vom Treiber vorgeschlagenen CPUs (affinity_hint); irqbalance folgt diesem Hinweis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (CPUs %2)</source>
        <translation>%1 (CPUs %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The NUMA node the device is attached to: CPUs on that node reach its memory and its queues fastest.</source>
        <translation>Der NUMA-Knoten, an dem das Gerät hängt: CPUs auf diesem Knoten erreichen seinen Speicher und seine Warteschlangen am schnellsten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, %2 queue %3</source>
        <translation>%1, Warteschlange %3 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, queue %2</source>
        <translation>%1, Warteschlange %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Multi-queue NICs hash each flow to one queue, and each queue has its own interrupt: pinning each queue&apos;s interrupt to its own CPU spreads the load without losing cache locality.</source>
        <translation>Netzwerkkarten mit mehreren Warteschlangen verteilen die Datenflüsse per Hash auf Warteschlangen mit je eigenem Interrupt: Bindet man jeden davon an eine eigene CPU, verteilt sich die Last, ohne dass die Cache-Lokalität leidet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The interrupt controller (irq chip) that delivers this interrupt.</source>
        <translation>Der Interrupt-Controller (IRQ-Chip), der diesen Interrupt zustellt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The interrupt&apos;s number inside that controller.</source>
        <translation>Die Nummer des Interrupts innerhalb dieses Controllers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edge: the device signals each event once. Level: the line stays raised until the handler clears it. fasteoi, edge: the kernel&apos;s flow handler.</source>
        <translation>Edge (flankengesteuert): Das Gerät meldet jedes Ereignis einmal. Level (pegelgesteuert): Die Leitung bleibt aktiv, bis der Handler sie zurücksetzt. fasteoi, edge: der Flow-Handler des Kernels.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Several drivers share this interrupt line; each handler is asked in turn.</source>
        <translation>Mehrere Treiber teilen sich diese Interrupt-Leitung; jeder Handler wird der Reihe nach gefragt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The driver handler registered on this interrupt.</source>
        <translation>Der für diesen Interrupt registrierte Treiber-Handler.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Interrupts counted since the machine booted.</source>
        <translation>Seit dem Start des Rechners gezählte Interrupts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interrupts per second over the last interval.</source>
        <translation>Interrupts pro Sekunde im letzten Intervall.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Interrupts per second on each CPU</source>
        <translation>Interrupts pro Sekunde auf jeder CPU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interrupts on each CPU since boot</source>
        <translation>Interrupts auf jeder CPU seit Systemstart</translation>
    </message>
</context>
<context>
    <name>IrqInfoReader</name>
    <message>
        <location filename="../src/core/irqinforeader.cpp" line="+100"/>
        <source>not a NUMA node number: &apos;%1&apos;</source>
        <translation>keine NUMA-Knotennummer: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no &apos;count N&apos; and &apos;unhandled N&apos; lines</source>
        <translation>keine Zeilen &apos;count N&apos; und &apos;unhandled N&apos;</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>not a comma separated list of counts: &apos;%1&apos;</source>
        <translation>keine kommagetrennte Liste von Zählerwerten: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; is neither &apos;enabled&apos; nor &apos;disabled&apos;</source>
        <translation>&apos;%1&apos; ist weder &apos;enabled&apos; noch &apos;disabled&apos;</translation>
    </message>
</context>
<context>
    <name>IssueCollector</name>
    <message>
        <location filename="../src/core/sourceissue.cpp" line="+43"/>
        <source>further problems not shown: %1</source>
        <translation>weitere, nicht angezeigte Probleme: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.ui"/>
        <source>IRQ Scope</source>
        <translation>IRQ Scope</translation>
    </message>
    <message>
        <location/>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location/>
        <source>&amp;Interrupts</source>
        <translation>&amp;Interrupts</translation>
    </message>
    <message>
        <location/>
        <source>Filter by IRQ, device, chip or interface (Ctrl+F)</source>
        <translation>Nach IRQ, Gerät, Chip oder Schnittstelle filtern (Strg+F)</translation>
    </message>
    <message>
        <location/>
        <source>Filter interrupts</source>
        <translation>Interrupts filtern</translation>
    </message>
    <message>
        <location/>
        <source>Device IRQs come from hardware and have an affinity you can set; architecture rows (NMI, LOC, IPIs…) are raised by the CPUs themselves.</source>
        <translation>Geräte-IRQs kommen von der Hardware und haben eine einstellbare Affinität; Architektur-Zeilen (NMI, LOC, IPIs …) lösen die CPUs selbst aus.</translation>
    </message>
    <message>
        <location/>
        <source>Kind of interrupt</source>
        <translation>Art des Interrupts</translation>
    </message>
    <message>
        <location/>
        <source>Show only the IRQs of one network interface: the vectors of its queues.</source>
        <translation>Nur die IRQs einer Netzwerkschnittstelle zeigen: die Vektoren ihrer Warteschlangen.</translation>
    </message>
    <message>
        <location/>
        <source>Network interface</source>
        <translation>Netzwerkschnittstelle</translation>
    </message>
    <message>
        <location/>
        <source>&amp;Hide idle</source>
        <translation>Inaktive a&amp;usblenden</translation>
    </message>
    <message>
        <location/>
        <source>Hide interrupts that did not fire during the last interval.</source>
        <translation>Interrupts ausblenden, die im letzten Intervall nicht ausgelöst wurden.</translation>
    </message>
    <message>
        <location/>
        <source>Interrupts</source>
        <translation>Interrupts</translation>
    </message>
    <message>
        <location/>
        <source>Details of the selected interrupt</source>
        <translation>Details des ausgewählten Interrupts</translation>
    </message>
    <message>
        <location/>
        <source>Heat&amp;map</source>
        <translation>Heat&amp;map</translation>
    </message>
    <message>
        <location/>
        <source>&amp;Charts</source>
        <translation>Dia&amp;gramme</translation>
    </message>
    <message>
        <location/>
        <source>&amp;Softirqs</source>
        <translation>&amp;Softirqs</translation>
    </message>
    <message>
        <location/>
        <source>C&amp;PUs</source>
        <translation>C&amp;PUs</translation>
    </message>
    <message>
        <location/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location/>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location/>
        <location filename="../src/app/mainwindow.cpp" line="+136"/>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location/>
        <source>Stop sampling; the numbers stay as they are until you resume (Space)</source>
        <translation>Messung anhalten; die Zahlen bleiben unverändert, bis Sie fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <location/>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location/>
        <source>Show &amp;Counts</source>
        <translation>&amp;Zählerstände zeigen</translation>
    </message>
    <message>
        <location/>
        <source>Show counts since boot in the CPU columns instead of interrupts per second (Ctrl+T)</source>
        <translation>In den CPU-Spalten die Zählerstände seit Systemstart statt Interrupts pro Sekunde zeigen (Strg+T)</translation>
    </message>
    <message>
        <location/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <location/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location/>
        <source>&amp;Save Snapshot…</source>
        <translation>Snapshot &amp;speichern …</translation>
    </message>
    <message>
        <location/>
        <source>Save everything IRQ Scope reads to a file, to compare with this machine after a kernel upgrade</source>
        <translation>Alles, was IRQ Scope liest, in einer Datei speichern, um diesen Rechner nach einem Kernel-Update damit zu vergleichen</translation>
    </message>
    <message>
        <location/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="-42"/>
        <source>The running kernel&apos;s release</source>
        <translation>Version des laufenden Kernels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPUs online now, of the CPUs the kernel could use</source>
        <translation>CPUs, die jetzt online sind, von allen, die der Kernel nutzen könnte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device interrupts per second on all CPUs, over the last interval</source>
        <translation>Geräte-Interrupts pro Sekunde auf allen CPUs im letzten Intervall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the numbers were last read</source>
        <translation>Wann die Zahlen zuletzt gelesen wurden</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Paused: the numbers stay as they are.</source>
        <translation>Angehalten: Die Zahlen bleiben unverändert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sampling resumed.</source>
        <translation>Messung fortgesetzt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sampling interval</source>
        <translation>Messintervall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often the numbers are read. Rates are averages over this interval.</source>
        <translation>Wie oft die Zahlen gelesen werden. Raten sind Mittelwerte über dieses Intervall.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every %1 s</source>
        <translation>Alle %1 s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A snapshot does not change: there is nothing to pause.</source>
        <translation>Ein Snapshot ändert sich nicht: Es gibt nichts anzuhalten.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>All interrupts</source>
        <translation>Alle Interrupts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device IRQs</source>
        <translation>Geräte-IRQs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Architecture rows</source>
        <translation>Architektur-Zeilen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any interface</source>
        <translation>Alle Schnittstellen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Each cell is one interrupt on one CPU, brighter = busier. Ctrl+wheel or +/- zooms, Enter selects the interrupt in the table.</source>
        <translation>Jede Zelle ist ein Interrupt auf einer CPU, heller = aktiver. Strg+Mausrad oder +/- zoomt, die Eingabetaste wählt den Interrupt in der Tabelle aus.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Softirqs</source>
        <translation>Softirqs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Showing the system under &lt;b&gt;%1&lt;/b&gt;, not this machine.</source>
        <translation>Angezeigt wird das System unter &lt;b&gt;%1&lt;/b&gt;, nicht dieser Rechner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snapshot &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Snapshot &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snapshot of &lt;b&gt;%1&lt;/b&gt; (kernel %2), taken %3 — read-only.</source>
        <translation>Snapshot von &lt;b&gt;%1&lt;/b&gt; (Kernel %2), aufgenommen am %3 – schreibgeschützt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unnamed machine</source>
        <translation>einem unbenannten Rechner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Counts are as they were then; there are no rates.</source>
        <translation>Die Zählerstände sind die von damals; Raten gibt es keine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — IRQ Scope (snapshot)</source>
        <translation>%1 — IRQ Scope (Snapshot)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot read the interrupts: %1</source>
        <translation>Die Interrupts können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Kernel unknown</source>
        <translation>Kernel unbekannt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Linux %1</source>
        <translation>Linux %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CPUs online: %1</source>
        <translation>CPUs online: %1</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>CPUs: %1</source>
        <translation>CPUs: %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>A snapshot is read-only: affinities can only be set on a running system.</source>
        <translation>Ein Snapshot ist schreibgeschützt: Affinitäten lassen sich nur auf einem laufenden System festlegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This window shows %1, not this machine; the helper would change the live system&apos;s interrupts, so editing is off here.</source>
        <translation>Dieses Fenster zeigt %1, nicht diesen Rechner; das Hilfsprogramm würde die Interrupts des laufenden Systems ändern, daher ist Bearbeiten hier aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The IRQ Scope helper is not installed: see README (sudo cmake --install build/dev).</source>
        <translation>Das IRQ-Scope-Hilfsprogramm ist nicht installiert: siehe README (sudo cmake --install build/dev).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select one or more interrupts in the table first.</source>
        <translation>Wählen Sie zuerst einen oder mehrere Interrupts in der Tabelle aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the CPUs the selected interrupts are sent to (Ctrl+E)</source>
        <translation>Die CPUs wählen, an die die ausgewählten Interrupts gehen (Strg+E)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The default affinity cannot be read on this system (/proc/irq/default_smp_affinity).</source>
        <translation>Die Standard-Affinität lässt sich auf diesem System nicht lesen (/proc/irq/default_smp_affinity).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The default affinity is the mask an interrupt gets when a driver requests it (now %1). Interrupts that exist keep their masks.</source>
        <translation>Die Standard-Affinität ist die Maske, die ein Interrupt erhält, wenn ein Treiber ihn anfordert (jetzt %1). Bestehende Interrupts behalten ihre Masken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The default affinity is the mask an interrupt gets when a driver requests it. Interrupts that exist keep their masks.</source>
        <translation>Die Standard-Affinität ist die Maske, die ein Interrupt erhält, wenn ein Treiber ihn anfordert. Bestehende Interrupts behalten ihre Masken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the CPUs new interrupts are sent to (Ctrl+Shift+E).</source>
        <translation>Die CPUs wählen, an die neue Interrupts gehen (Strg+Umschalt+E).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No affinity change to undo in this session.</source>
        <translation>In dieser Sitzung gibt es keine Affinitätsänderung zum Rückgängigmachen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put back the default affinity for new interrupts, %1 (Ctrl+Z)</source>
        <translation>Die Standard-Affinität für neue Interrupts, %1, wiederherstellen (Strg+Z)</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>Affinity set for %n interrupt(s).</source>
        <translation>
            <numerusform>Affinität für %n Interrupt festgelegt.</numerusform>
            <numerusform>Affinität für %n Interrupts festgelegt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New interrupts now get CPUs %1 by default.</source>
        <translation>Neue Interrupts erhalten jetzt standardmäßig die CPUs %1.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Snapshot saved to %1 (files read: %2)</source>
        <translation>Schnappschuss in %1 gespeichert (gelesene Dateien: %2)</translation>
    </message>
    <message>
        <location line="-293"/>
        <source>irqbalance is running</source>
        <translation>irqbalance läuft</translation>
    </message>
    <message>
        <location line="-339"/>
        <source>The previous affinities are back.</source>
        <translation>Die vorherigen Affinitäten sind wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo failed: %1</source>
        <translation>Rückgängigmachen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changing affinities needs the IRQ Scope helper, which is not installed: see README (sudo cmake --install build/dev).</source>
        <translation>Zum Ändern von Affinitäten wird das IRQ-Scope-Hilfsprogramm benötigt, das nicht installiert ist: siehe README (sudo cmake --install build/dev).</translation>
    </message>
    <message>
        <location line="+331"/>
        <source>irqbalance (PID %1) rewrites interrupt affinities every few seconds: masks you set may be moved back.</source>
        <translation>irqbalance (PID %1) schreibt die Interrupt-Affinitäten alle paar Sekunden neu: Von Ihnen gesetzte Masken werden womöglich zurückgesetzt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>irqbalance is not running</source>
        <translation>irqbalance läuft nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No irqbalance process: affinities stay as they are set.</source>
        <translation>Kein irqbalance-Prozess: Affinitäten bleiben so, wie sie gesetzt sind.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Device IRQs: %1</source>
        <translation>Geräte-IRQs: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No rates in a snapshot</source>
        <translation>Keine Raten in einem Snapshot</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Measuring…</source>
        <translation>Messung läuft …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read at %1</source>
        <translation>Gelesen um %1</translation>
    </message>
    <message>
        <location line="+225"/>
        <source>Save Snapshot</source>
        <translation>Snapshot speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IRQ Scope snapshots (*.json)</source>
        <translation>IRQ-Scope-Snapshots (*.json)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Snapshot Not Saved</source>
        <translation>Snapshot nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location/>
        <source>Set &amp;Affinity…</source>
        <translation>&amp;Affinität festlegen …</translation>
    </message>
    <message>
        <location/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location/>
        <source>&amp;Undo Last Affinity Change</source>
        <translation>Letzte Affinitätsänderung &amp;rückgängig machen</translation>
    </message>
    <message>
        <location/>
        <location filename="../src/app/mainwindow.cpp" line="-122"/>
        <source>Put back the masks the last applied change replaced (Ctrl+Z)</source>
        <translation>Die Masken wiederherstellen, die die zuletzt angewendete Änderung ersetzt hat (Strg+Z)</translation>
    </message>
    <message>
        <location/>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location/>
        <source>Set &amp;Default Affinity…</source>
        <translation>&amp;Standard-Affinität festlegen …</translation>
    </message>
    <message>
        <location/>
        <source>Default Affinity…</source>
        <translation>Standard-Affinität …</translation>
    </message>
    <message>
        <location/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
</context>
<context>
    <name>MaskEditor</name>
    <message numerus="yes">
        <location filename="../src/widgets/maskeditor.cpp" line="+45"/>
        <source>%1, …, %2 (%n CPUs)</source>
        <translation>
            <numerusform>%1, …, %2 (%n CPU)</numerusform>
            <numerusform>%1, …, %2 (%n CPUs)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&amp;CPUs:</source>
        <translation>&amp;CPUs:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>for example 0f</source>
        <translation>zum Beispiel 0f</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mask as /proc/irq/N/smp_affinity shows it: hexadecimal, CPU 0 is the lowest bit, a comma every 32 CPUs</source>
        <translation>Die Maske so, wie /proc/irq/N/smp_affinity sie zeigt: hexadezimal, CPU 0 ist das niedrigste Bit, nach jeweils 32 CPUs ein Komma</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>for example 0-3,8</source>
        <translation>zum Beispiel 0-3,8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mask as /proc/irq/N/smp_affinity_list shows it: CPU numbers and ranges</source>
        <translation>Die Maske so, wie /proc/irq/N/smp_affinity_list sie zeigt: CPU-Nummern und Bereiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hex mask:</source>
        <translation>&amp;Hex-Maske:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU &amp;list:</source>
        <translation>CPU-&amp;Liste:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;All online</source>
        <translation>Alle &amp;online</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every online CPU that may take interrupts</source>
        <translation>Jede CPU, die online ist und Interrupts annehmen darf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device&apos;s &amp;node</source>
        <translation>&amp;Knoten des Geräts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One CPU per &amp;queue</source>
        <translation>Eine CPU je &amp;Warteschlange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Invert</source>
        <translation>In&amp;vertieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Swap the selected and the unselected online CPUs</source>
        <translation>Ausgewählte und nicht ausgewählte Online-CPUs tauschen</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Left out of the current mask: %1.</source>
        <translation>Aus der aktuellen Maske weggelassen: %1.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>An interrupt needs at least one online CPU: the kernel refuses an empty mask</source>
        <translation>Ein Interrupt braucht mindestens eine Online-CPU: Der Kernel lehnt eine leere Maske ab</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CPU %1 does not exist on this machine (%2)</source>
        <translation>CPU %1 gibt es auf diesem Rechner nicht (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CPUs %1 do not exist on this machine (%2)</source>
        <translation>CPUs %1 gibt es auf diesem Rechner nicht (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CPU %1 is offline</source>
        <translation>CPU %1 ist offline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPUs %1 are offline</source>
        <translation>CPUs %1 sind offline</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CPU %1 is isolated (isolcpus=): it is reserved for other work</source>
        <translation>CPU %1 ist isoliert (isolcpus=): Sie ist für andere Arbeit reserviert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CPUs %1 are isolated (isolcpus=): they are reserved for other work</source>
        <translation>CPUs %1 sind isoliert (isolcpus=): Sie sind für andere Arbeit reserviert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CPU %1 runs tickless (nohz_full=): it is reserved for other work</source>
        <translation>CPU %1 läuft tickless (nohz_full=): Sie ist für andere Arbeit reserviert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CPUs %1 run tickless (nohz_full=): they are reserved for other work</source>
        <translation>CPUs %1 laufen tickless (nohz_full=): Sie sind für andere Arbeit reserviert</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 = CPU %2 only</source>
        <translation>%1 = nur CPU %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>all online CPUs</source>
        <translation>alle Online-CPUs</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>all of package %1</source>
        <translation>ganzes Package %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>all of node %1</source>
        <translation>ganzer Knoten %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>both threads of core %1</source>
        <translation>beide Threads von Kern %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all %1 threads of core %2</source>
        <translation>alle %1 Threads von Kern %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 = CPUs %2: on most x86 systems the interrupt still goes to one of them — see &quot;effective&quot;</source>
        <translation>%1 = CPUs %2: Auf den meisten x86-Systemen geht der Interrupt trotzdem nur an eine davon – siehe &quot;Effektiv&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 = CPUs %2 (%3): on most x86 systems the interrupt still goes to one of them — see &quot;effective&quot;</source>
        <translation>%1 = CPUs %2 (%3): Auf den meisten x86-Systemen geht der Interrupt trotzdem nur an eine davon – siehe &quot;Effektiv&quot;</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>The device&apos;s NUMA node is not known</source>
        <translation>Der NUMA-Knoten des Geräts ist nicht bekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node %1 has no online CPU that may take interrupts</source>
        <translation>Knoten %1 hat keine Online-CPU, die Interrupts annehmen darf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CPUs of node %1, where the device is attached: CPUs %2</source>
        <translation>Die CPUs von Knoten %1, an dem das Gerät hängt: CPUs %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This interrupt does not serve a queue</source>
        <translation>Dieser Interrupt bedient keine Warteschlange</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Queue %1 gets CPU %2: queues take the online CPUs in turn, one each</source>
        <translation>Warteschlange %1 erhält CPU %2: Die Warteschlangen bekommen reihum je eine Online-CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue %1 gets CPU %2: queues take the online CPUs of node %3 in turn, one each</source>
        <translation>Warteschlange %1 erhält CPU %2: Die Warteschlangen bekommen reihum je eine Online-CPU von Knoten %3</translation>
    </message>
</context>
<context>
    <name>NicQueueReader</name>
    <message>
        <location filename="../src/core/nicqueuereader.cpp" line="+63"/>
        <source>&quot;%1&quot; is not a non-negative integer</source>
        <translation>&quot;%1&quot; ist keine nicht-negative ganze Zahl</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not a NUMA node number (-1 or more)</source>
        <translation>&quot;%1&quot; ist keine NUMA-Knotennummer (-1 oder größer)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>skipped &quot;%1&quot;: not an rx-N or tx-N queue</source>
        <translation>&quot;%1&quot; übersprungen: keine rx-N- oder tx-N-Warteschlange</translation>
    </message>
    <message>
        <location line="+231"/>
        <source>skipped &quot;%1&quot;: not a valid interface name</source>
        <translation>&quot;%1&quot; übersprungen: kein gültiger Schnittstellenname</translation>
    </message>
</context>
<context>
    <name>RateHistoryModel</name>
    <message>
        <location filename="../src/models/ratehistorymodel.cpp" line="+180"/>
        <source>Sampled at %1</source>
        <translation>Gemessen um %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 at %2: not known (a gap in the history)</source>
        <translation>%1 um %2: unbekannt (eine Lücke im Verlauf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at %2: %3</source>
        <translation>%1 um %2: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <location filename="../src/core/snapshot.cpp" line="+128"/>
        <location line="+6"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is larger than %1 MiB; it is not a snapshot</source>
        <translation>die Datei ist größer als %1 MiB; sie ist kein Snapshot</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not valid JSON at byte %1 (%2); the file may be truncated or damaged</source>
        <translation>kein gültiges JSON bei Byte %1 (%2); die Datei ist möglicherweise abgeschnitten oder beschädigt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not an IRQ Scope snapshot (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>kein IRQ-Scope-Snapshot (kein &quot;format&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the snapshot&apos;s &quot;version&quot; is missing or not a positive whole number</source>
        <translation>&quot;version&quot; fehlt im Snapshot oder ist keine positive ganze Zahl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the snapshot has format version %1, newer than this IRQ Scope understands (%2); open it with a newer IRQ Scope</source>
        <translation>der Snapshot hat die Formatversion %1, neuer als diese Version von IRQ Scope versteht (%2); öffnen Sie ihn mit einer neueren Version von IRQ Scope</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;takenAt&quot; is missing or not an ISO 8601 date and time</source>
        <translation>&quot;takenAt&quot; fehlt oder ist keine Datums- und Zeitangabe nach ISO 8601</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;files&quot; is missing or not an object</source>
        <translation>&quot;files&quot; fehlt oder ist kein Objekt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>file entry &quot;%1&quot; is not a path under proc/ or sys/</source>
        <translation>Dateieintrag &quot;%1&quot; ist kein Pfad unter proc/ oder sys/</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>file entry &quot;%1&quot; is neither text nor valid base64</source>
        <translation>Dateieintrag &quot;%1&quot; ist weder Text noch gültiges Base64</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the snapshot holds no %1</source>
        <translation>der Snapshot enthält kein %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;directories&quot; must be an object</source>
        <translation>&quot;directories&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>directory entry &quot;%1&quot; is not a path with a list of names</source>
        <translation>Verzeichniseintrag &quot;%1&quot; ist kein Pfad mit einer Liste von Namen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>directory &quot;%1&quot; lists an invalid name</source>
        <translation>Verzeichnis &quot;%1&quot; enthält einen ungültigen Namen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;links&quot; must be an object</source>
        <translation>&quot;links&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>link entry &quot;%1&quot; is not a path with a target</source>
        <translation>Link-Eintrag &quot;%1&quot; ist kein Pfad mit einem Ziel</translation>
    </message>
</context>
<context>
    <name>SoftirqModel</name>
    <message>
        <location filename="../src/models/softirqmodel.cpp" line="+138"/>
        <source>%1: a softirq type this version of IRQ Scope does not describe yet.</source>
        <translation>%1: ein Softirq-Typ, den diese Version von IRQ Scope noch nicht beschreibt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 on all CPUs: %2 since boot, %3 now.</source>
        <translation>%1 auf allen CPUs: %2 seit Systemstart, %3 aktuell.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on CPU %2: %3 since boot, %4 now.</source>
        <translation>%1 auf CPU %2: %3 seit Systemstart, %4 aktuell.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>CPU%1</source>
        <translation>CPU%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Softirq</source>
        <translation>Softirq</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Softirqs of each type run per second on this CPU</source>
        <translation>Softirqs jedes Typs pro Sekunde auf dieser CPU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Softirqs are the kernel&apos;s deferred interrupt work: what a hardware interrupt handler leaves to finish later, run on the same CPU.</source>
        <translation>Softirqs sind die aufgeschobene Interrupt-Arbeit des Kernels: was ein Hardware-Interrupt-Handler für später übrig lässt, ausgeführt auf derselben CPU.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Softirqs of this type run per second, summed over all CPUs</source>
        <translation>Softirqs dieses Typs pro Sekunde, summiert über alle CPUs</translation>
    </message>
</context>
<context>
    <name>SoftirqTable</name>
    <message>
        <location filename="../src/core/softirqtable.cpp" line="+28"/>
        <source>High-priority tasklets: deferred driver work queued with tasklet_hi_schedule(), run before every other softirq (some sound, USB and legacy drivers).</source>
        <translation>Tasklets mit hoher Priorität: aufgeschobene Treiberarbeit, eingereiht mit tasklet_hi_schedule(), läuft vor allen anderen Softirqs (einige Sound-, USB- und ältere Treiber).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timer wheel: runs the kernel&apos;s ordinary low-resolution timers (timeouts in networking, storage and drivers) on the CPU that armed them, after a tick.</source>
        <translation>Timer-Wheel: führt die gewöhnlichen Timer niedriger Auflösung des Kernels aus (Timeouts in Netzwerk, Storage und Treibern), nach einem Tick auf der CPU, die sie gestellt hat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Network transmit work: frees packets whose transmission the driver completed and restarts queueing disciplines that had to wait for a busy device.</source>
        <translation>Netzwerk-Sendearbeit: gibt Pakete frei, deren Übertragung der Treiber abgeschlossen hat, und startet Queueing Disciplines neu, die auf ein ausgelastetes Gerät warten mussten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Network receive processing: packets taken from NIC queues (NAPI polling, and RPS work sent here from other CPUs).</source>
        <translation>Netzwerk-Empfangsverarbeitung: Pakete aus den Warteschlangen der Netzwerkkarte (NAPI-Polling sowie RPS-Arbeit, die andere CPUs hierher schicken).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Block I/O completion: finishes disk and SSD requests the device reported done, usually on the CPU that submitted them.</source>
        <translation>Abschluss von Block-I/O: schließt Festplatten- und SSD-Anfragen ab, die das Gerät als erledigt gemeldet hat, meist auf der CPU, die sie abgeschickt hat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Block I/O polling (kernels before 4.5, later IRQ_POLL): storage drivers collect finished requests in batches here instead of taking one interrupt each.</source>
        <translation>Block-I/O-Polling (Kernel vor 4.5, danach IRQ_POLL): Storage-Treiber sammeln hier abgeschlossene Anfragen stapelweise ein, statt für jede einen eigenen Interrupt zu nehmen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interrupt polling: storage and RDMA drivers (irq_poll) collect completions in budgeted batches here instead of taking one interrupt per completion.</source>
        <translation>Interrupt-Polling: Storage- und RDMA-Treiber (irq_poll) sammeln hier Abschlüsse in Stapeln mit festem Budget ein, statt für jeden Abschluss einen Interrupt zu nehmen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tasklets: short pieces of deferred driver work (bottom halves) that interrupt handlers schedule with tasklet_schedule() to finish outside hard-IRQ context.</source>
        <translation>Tasklets: kurze Stücke aufgeschobener Treiberarbeit (Bottom Halves), die Interrupt-Handler mit tasklet_schedule() einplanen, um sie außerhalb des Hard-IRQ-Kontexts abzuschließen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scheduler load balancing: triggered by the scheduler tick, moves runnable tasks between CPUs&apos; run queues, also on behalf of idle tickless CPUs.</source>
        <translation>Lastausgleich des Schedulers: vom Scheduler-Tick ausgelöst, verschiebt lauffähige Tasks zwischen den Run-Queues der CPUs, auch stellvertretend für untätige Tickless-CPUs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Soft high-resolution timers: runs callbacks of hrtimers that asked to expire in softirq context rather than in the hard timer interrupt (many under PREEMPT_RT).</source>
        <translation>Weiche hochauflösende Timer: führt Callbacks von hrtimers aus, die im Softirq-Kontext statt im harten Timer-Interrupt ablaufen sollen (unter PREEMPT_RT viele).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read-copy-update: advances RCU grace periods on this CPU and runs the callbacks that free memory no reader can still see (unless offloaded to rcuo threads).</source>
        <translation>Read-Copy-Update: treibt die RCU-Grace-Periods auf dieser CPU voran und führt die Callbacks aus, die Speicher freigeben, den kein Leser mehr sehen kann (sofern nicht an rcuo-Threads ausgelagert).</translation>
    </message>
</context>
<context>
    <name>SoftirqsParser</name>
    <message>
        <location filename="../src/core/softirqsparser.cpp" line="+74"/>
        <source>expected a header of &quot;CPUn&quot; columns, found &quot;%1&quot;</source>
        <translation>Kopfzeile aus &quot;CPUn&quot;-Spalten erwartet, &quot;%1&quot; gefunden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the header names CPU%1 twice</source>
        <translation>die Kopfzeile nennt CPU%1 zweimal</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not a row: no &quot;NAME:&quot; label; line skipped</source>
        <translation>keine Datenzeile: keine Bezeichnung &quot;NAME:&quot;; Zeile übersprungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>row has no softirq name before the colon; line skipped</source>
        <translation>die Zeile hat keinen Softirq-Namen vor dem Doppelpunkt; Zeile übersprungen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: a count does not fit in 64 bits (&quot;%2&quot;); row skipped</source>
        <translation>%1: ein Zählerwert passt nicht in 64 Bit (&quot;%2&quot;); Zeile übersprungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &quot;%2&quot; is not a count; row skipped</source>
        <translation>%1: &quot;%2&quot; ist kein Zählerwert; Zeile übersprungen</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%1: row has %2 of %n counts, too many short rows; row skipped</source>
        <translation>
            <numerusform>%1: die Zeile hat %2 von %n Zählerwert, zu viele kurze Zeilen; Zeile übersprungen</numerusform>
            <numerusform>%1: die Zeile hat %2 von %n Zählerwerten, zu viele kurze Zeilen; Zeile übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1: row has %2 counts, the header names %n CPU(s); the missing counts read as 0</source>
        <translation>
            <numerusform>%1: die Zeile hat %2 Zählerwerte, die Kopfzeile nennt %n CPU; die fehlenden Werte werden als 0 gelesen</numerusform>
            <numerusform>%1: die Zeile hat %2 Zählerwerte, die Kopfzeile nennt %n CPUs; die fehlenden Werte werden als 0 gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1: row has %2 counts, the header names %n CPU(s); the extra counts are ignored</source>
        <translation>
            <numerusform>%1: die Zeile hat %2 Zählerwerte, die Kopfzeile nennt %n CPU; die überzähligen Werte werden ignoriert</numerusform>
            <numerusform>%1: die Zeile hat %2 Zählerwerte, die Kopfzeile nennt %n CPUs; die überzähligen Werte werden ignoriert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the file has no &quot;CPU0 CPU1 …&quot; header (it is empty)</source>
        <translation>die Datei hat keine Kopfzeile &quot;CPU0 CPU1 …&quot; (sie ist leer)</translation>
    </message>
</context>
<context>
    <name>StatParser</name>
    <message>
        <location filename="../src/core/statparser.cpp" line="+139"/>
        <source>&quot;%1&quot; line: value &quot;%2&quot; does not fit in 64 bits; line skipped</source>
        <translation>Zeile &quot;%1&quot;: Wert &quot;%2&quot; passt nicht in 64 Bit; Zeile übersprungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; line: &quot;%2&quot; is not a number; line skipped</source>
        <translation>Zeile &quot;%1&quot;: &quot;%2&quot; ist keine Zahl; Zeile übersprungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; line appears again; line skipped</source>
        <translation>Zeile &quot;%1&quot; kommt erneut vor; Zeile übersprungen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;%1&quot; line has no values; line skipped</source>
        <translation>Zeile &quot;%1&quot; hat keine Werte; Zeile übersprungen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; line: CPU number out of range; line skipped</source>
        <translation>Zeile &quot;%1&quot;: CPU-Nummer außerhalb des Bereichs; Zeile übersprungen</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>&quot;%1&quot; line has %2 values, at least %n expected; line skipped</source>
        <translation>
            <numerusform>Zeile &quot;%1&quot; hat %2 Werte, mindestens %n erwartet; Zeile übersprungen</numerusform>
            <numerusform>Zeile &quot;%1&quot; hat %2 Werte, mindestens %n erwartet; Zeile übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&quot;%1&quot; line has %2 values, 1 expected; line skipped</source>
        <translation>Zeile &quot;%1&quot; hat %2 Werte, 1 erwartet; Zeile übersprungen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no &quot;cpu&quot; line could be read</source>
        <translation>es konnte keine &quot;cpu&quot;-Zeile gelesen werden</translation>
    </message>
</context>
<context>
    <name>SystemReader</name>
    <message>
        <location filename="../src/core/systemreader.cpp" line="+40"/>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>SystemRoot</name>
    <message>
        <location filename="../src/core/systemroot.cpp" line="+126"/>
        <source>file is larger than %1 MiB</source>
        <translation>die Datei ist größer als %1 MiB</translation>
    </message>
</context>
<context>
    <name>irqscope-cli</name>
    <message>
        <location filename="../src/cli/clicommands.cpp" line="+41"/>
        <source>one row per interrupt: id, total, affinity, effective affinity, name (default)</source>
        <translation>eine Zeile pro Interrupt: ID, Summe, Affinität, effektive Affinität, Name (Standard)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>everything known about one interrupt: show IRQ</source>
        <translation>alles Bekannte über einen Interrupt: show IRQ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>softirq counts per type and CPU</source>
        <translation>Softirq-Zählerstände nach Typ und CPU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>network interfaces, their queues, RPS/XPS masks and the IRQs serving them</source>
        <translation>Netzwerkschnittstellen, ihre Warteschlangen, RPS/XPS-Masken und die IRQs, die sie bedienen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CPUs: online, isolated, packages, cores, SMT siblings, NUMA nodes</source>
        <translation>CPUs: online, isoliert, Packages, Kerne, SMT-Geschwister, NUMA-Knoten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>save everything to a JSON snapshot: snapshot -o FILE</source>
        <translation>alles in einem JSON-Snapshot speichern: snapshot -o FILE</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Read the system below DIR instead of / (a fixture or a chroot).</source>
        <translation>Das System unterhalb von DIR statt / lesen (eine Test-Fixture oder ein chroot).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read a saved snapshot instead of the live system.</source>
        <translation>Einen gespeicherten Snapshot statt des laufenden Systems lesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print JSON instead of a table.</source>
        <translation>JSON statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Try &apos;%1 --help&apos; for more information.</source>
        <translation>Mehr Informationen mit &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+528"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="-473"/>
        <source>--root and --snapshot cannot be used together</source>
        <translation>--root und --snapshot können nicht zusammen verwendet werden</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exit status: 0 success, 2 usage error, 3 a source could not be read.</source>
        <translation>Exit-Status: 0 Erfolg, 2 Aufruffehler, 3 eine Quelle konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try &apos;%1 %2 --help&apos; for more information.</source>
        <translation>Mehr Informationen mit &apos;%1 %2 --help&apos;.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Show one column per CPU.</source>
        <translation>Eine Spalte pro CPU zeigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only these CPUs (a list such as 0-3,8): columns and totals.</source>
        <translation>Nur diese CPUs (eine Liste wie 0-3,8): Spalten und Summen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order rows by id (file order), total, name or rate.</source>
        <translation>Zeilen nach id (Reihenfolge der Datei), total, name oder rate sortieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sample twice, SECONDS apart, and show interrupts per second.</source>
        <translation>Zweimal im Abstand von SECONDS messen und Interrupts pro Sekunde zeigen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lists the interrupts of a Linux system and where they may and do go.</source>
        <translation>Listet die Interrupts eines Linux-Systems auf: wohin sie gehen dürfen und wohin sie tatsächlich gehen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>list takes no arguments (got &quot;%1&quot;)</source>
        <translation>list erwartet keine Argumente (erhalten: &quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--sort takes id, total, name or rate, not &quot;%1&quot;</source>
        <translation>--sort erwartet id, total, name oder rate, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--rate takes a number of seconds between 0 and 3600, not &quot;%1&quot;</source>
        <translation>--rate erwartet eine Anzahl Sekunden zwischen 0 und 3600, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--sort rate needs --rate SECONDS</source>
        <translation>--sort rate benötigt --rate SECONDS</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--cpus: %1</source>
        <translation>--cpus: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>--cpus %1 names no CPU of this file (its CPUs: %2)</source>
        <translation>--cpus %1 nennt keine CPU dieser Datei (ihre CPUs: %2)</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+225"/>
        <source>TOTAL</source>
        <translation>GESAMT</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>RATE/S</source>
        <translation>RATE/S</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+328"/>
        <source>AFFINITY</source>
        <translation>AFFINITÄT</translation>
    </message>
    <message>
        <location line="-327"/>
        <location line="+328"/>
        <source>EFFECTIVE</source>
        <translation>EFFEKTIV</translation>
    </message>
    <message>
        <location line="-327"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>An IRQ number (42) or an architecture row (NMI, LOC, IPI0).</source>
        <translation>Eine IRQ-Nummer (42) oder eine Architektur-Zeile (NMI, LOC, IPI0).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shows everything known about one interrupt.</source>
        <translation>Zeigt alles Bekannte über einen Interrupt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>show takes exactly one IRQ, for example: show 24</source>
        <translation>show erwartet genau einen IRQ, zum Beispiel: show 24</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no interrupt &quot;%1&quot; in %2</source>
        <translation>kein Interrupt &quot;%1&quot; in %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>FIELD</source>
        <translation>FELD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+207"/>
        <source>IRQ</source>
        <translation>IRQ</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chip</source>
        <translation>Chip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hwirq</source>
        <translation>HW-IRQ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>affinity</source>
        <translation>Affinität</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>%1  (mask %2)</source>
        <translation>%1  (Maske %2)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>effective</source>
        <translation>Effektiv</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>spurious</source>
        <translation>Spurious</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (unhandled %2)</source>
        <translation>%1 (unbehandelt %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>per-CPU counts</source>
        <translation>Zähler pro CPU</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>wakeup</source>
        <translation>Wakeup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>network queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+231"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>COUNT</source>
        <translation>ANZAHL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHARE</source>
        <translation>ANTEIL</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Shows softirq counts per type and CPU.</source>
        <translation>Zeigt Softirq-Zählerstände nach Typ und CPU.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MEANING</source>
        <translation>BEDEUTUNG</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Shows network interfaces, their receive/transmit queues with RPS/XPS CPU masks, and the IRQs that serve them.</source>
        <translation>Zeigt Netzwerkschnittstellen, ihre Empfangs- und Sende-Warteschlangen mit RPS/XPS-CPU-Masken und die IRQs, die sie bedienen.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No network interfaces under %1.</source>
        <translation>Keine Netzwerkschnittstellen unter %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>virtual</source>
        <translation>virtuell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>device %1</source>
        <translation>Gerät %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>driver %1</source>
        <translation>Treiber %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NUMA node %1</source>
        <translation>NUMA-Knoten %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>QUEUE</source>
        <translation>WARTESCHLANGE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RPS/XPS CPUS</source>
        <translation>RPS/XPS-CPUS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FLOWS</source>
        <translation>FLOWS</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>SERVES</source>
        <translation>BEDIENT</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Shows the CPUs: online, isolated, packages, cores, SMT siblings and NUMA nodes.</source>
        <translation>Zeigt die CPUs: online, isoliert, Packages, Kerne, SMT-Geschwister und NUMA-Knoten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no CPU information under %1</source>
        <translation>keine CPU-Informationen unter %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>SET</source>
        <translation>MENGE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPUS</source>
        <translation>CPUS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>possible</source>
        <translation>möglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+20"/>
        <source>isolated</source>
        <translation>isoliert</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+20"/>
        <source>nohz_full</source>
        <translation>nohz_full</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>node %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PACKAGE</source>
        <translation>PACKAGE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIE</source>
        <translation>DIE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CLUSTER</source>
        <translation>CLUSTER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CORE</source>
        <translation>KERN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NODE</source>
        <translation>KNOTEN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SIBLINGS</source>
        <translation>GESCHWISTER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Write the snapshot to FILE.</source>
        <translation>Den Snapshot in FILE schreiben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saves everything IRQ Scope reads to a JSON snapshot, for comparing machines or kernels later.</source>
        <translation>Speichert alles, was IRQ Scope liest, in einem JSON-Snapshot, um später Rechner oder Kernel zu vergleichen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>snapshot needs -o FILE</source>
        <translation>snapshot benötigt -o FILE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read %1; nothing was saved</source>
        <translation>%1 kann nicht gelesen werden; es wurde nichts gespeichert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved a snapshot of %1 (%2 files) to %3</source>
        <translation>Snapshot von %1 (%2 Dateien) in %3 gespeichert</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+28"/>
        <source>IRQ Scope</source>
        <translation>IRQ Scope</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Inspect Linux interrupts: where they may go, where they really go, and how fast they arrive.</source>
        <translation>Linux-Interrupts untersuchen: wohin sie gehen dürfen, wohin sie tatsächlich gehen und wie schnell sie eintreffen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read the system below DIR instead of /.</source>
        <translation>Das System unterhalb von DIR statt / lesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a saved snapshot (read-only).</source>
        <translation>Einen gespeicherten Snapshot öffnen (schreibgeschützt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Render the main window to a PNG after the first samples, then quit.</source>
        <translation>Das Hauptfenster nach den ersten Messungen als PNG speichern, dann beenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open on a page: interrupts, heatmap, charts, softirqs or cpus.</source>
        <translation>Mit einer Seite starten: interrupts, heatmap, charts, softirqs oder cpus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select an interrupt at start (42, NMI).</source>
        <translation>Beim Start einen Interrupt auswählen (42, NMI).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --screenshot: wait for N samples first.</source>
        <translation>Mit --screenshot: zuerst N Messungen abwarten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--root and --snapshot cannot be used together
</source>
        <translation>--root und --snapshot können nicht zusammen verwendet werden
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot Open Snapshot</source>
        <translation>Snapshot kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown page &quot;%1&quot; (interrupts, heatmap, charts, softirqs, cpus)</source>
        <translation>unbekannte Seite &quot;%1&quot; (interrupts, heatmap, charts, softirqs, cpus)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no interrupt &quot;%1&quot; to select</source>
        <translation>kein Interrupt &quot;%1&quot; zum Auswählen</translation>
    </message>
</context>
</TS>
