<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sw" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>This reader gives information only. It is not a substitute for a clinician&apos;s judgement: decisions about a patient&apos;s care belong to a qualified health worker.</source>
        <translation>Programu hii inatoa taarifa tu. Haichukui nafasi ya uamuzi wa mtaalamu wa tiba: maamuzi kuhusu matibabu ya mgonjwa ni ya mhudumu wa afya aliyehitimu.</translation>
    </message>
    <message>
        <source>Reader %1</source>
        <extracomment>The About page&apos;s title: the application&apos;s name and its version</extracomment>
        <translation>Reader %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Medical notice.&lt;/b&gt; %1</source>
        <extracomment>%1 is the medical notice</extracomment>
        <translation>&lt;b&gt;Tahadhari ya kitabibu.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>none: handouts print no source</source>
        <translation>hakuna: karatasi za mgonjwa hazichapishi chanzo</translation>
    </message>
    <message>
        <source>none stated: ask the publisher before copying the text</source>
        <translation>haijatajwa: muulize mchapishaji kabla ya kunakili maandishi</translation>
    </message>
    <message>
        <source>Source (printed)</source>
        <translation>Chanzo (kinachochapishwa)</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Asili</translation>
    </message>
    <message>
        <source>Content licence</source>
        <translation>Leseni ya maudhui</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Toleo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Editorial corrections&lt;/b&gt; (changes made to the original text):</source>
        <translation>&lt;b&gt;Marekebisho ya kihariri&lt;/b&gt; (mabadiliko yaliyofanywa kwenye maandishi asilia):</translation>
    </message>
    <message>
        <source>“%1” → “%2”</source>
        <extracomment>An editorial correction: %1 the original text, %2 the corrected one</extracomment>
        <translation>“%1” → “%2”</translation>
    </message>
    <message>
        <source>added “%1”</source>
        <extracomment>An editorial correction that added a text (%1)</extracomment>
        <translation>imeongezwa “%1”</translation>
    </message>
    <message>
        <source>Content bundle</source>
        <translation>Kifurushi cha makala</translation>
    </message>
    <message>
        <source>Built</source>
        <translation>Kiliundwa</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Alama ya uhakiki</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Muundo wa data</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Programu</translation>
    </message>
    <message>
        <source>The reader is licensed under the Apache License 2.0.

This copy runs from a Python installation: each package it uses (PySide6 and Qt under the LGPL-3.0, Python under the PSF licence, and the others) carries its own licence in its metadata (&apos;pip show -f NAME&apos; lists the files). The installers carry every licence text in their licences folder.</source>
        <translation>Programu hii ina leseni ya Apache License 2.0.

Nakala hii inaendeshwa kutoka usakinishaji wa Python: kila kifurushi cha Python inachotumia (PySide6 na Qt chini ya LGPL-3.0, Python chini ya leseni ya PSF, na vingine) kina leseni yake katika metadata yake (&apos;pip show -f JINA&apos; huorodhesha mafaili). Programu za kusakinisha zina maandishi ya kila leseni katika folda yao ya licences.</translation>
    </message>
    <message>
        <source>shipped with the reader</source>
        <translation>kilikuja pamoja na programu</translation>
    </message>
    <message>
        <source>your library folder</source>
        <translation>folda yako ya maktaba</translation>
    </message>
    <message>
        <source>this computer&apos;s library folder</source>
        <translation>folda ya maktaba ya kompyuta hii</translation>
    </message>
    <message>
        <source>named when the reader started</source>
        <translation>kilitajwa programu ilipoanzishwa</translation>
    </message>
    <message>
        <source>About this content</source>
        <translation>Kuhusu maudhui haya</translation>
    </message>
    <message>
        <source>Content information</source>
        <translation>Taarifa za maudhui</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Leseni</translation>
    </message>
    <message>
        <source>Bundles of the library</source>
        <translation>Vifurushi vya makala vya maktaba</translation>
    </message>
    <message>
        <source>&amp;Content</source>
        <translation>&amp;Maudhui</translation>
    </message>
    <message>
        <source>&amp;Licences</source>
        <translation>&amp;Leseni</translation>
    </message>
    <message>
        <source>Li&amp;brary</source>
        <translation>Ma&amp;ktaba</translation>
    </message>
    <message>
        <source>File</source>
        <extracomment>The Library tab&apos;s columns: a bundle&apos;s file</extracomment>
        <translation>Faili</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Kilipopatikana</translation>
    </message>
    <message>
        <source>Check</source>
        <extracomment>The Library tab&apos;s columns: whether the bundle passed its check</extracomment>
        <translation>Ukaguzi</translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <extracomment>The Library tab&apos;s summary: %1 is &quot;N bundle(s) read&quot;, %2 &quot;N file(s) left out&quot;</extracomment>
        <translation>%1; %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) read</source>
        <translation>
            <numerusform>kifurushi %n kimesomwa</numerusform>
            <numerusform>vifurushi %n vimesomwa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) left out</source>
        <translation>
            <numerusform>faili %n limeachwa</numerusform>
            <numerusform>mafaili %n yameachwa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Divider between the sections and the article</source>
        <translation>Kitenganishi kati ya sehemu na makala</translation>
    </message>
    <message>
        <source>Resize the window</source>
        <translation>Badilisha ukubwa wa dirisha</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Zana zaidi</translation>
    </message>
    <message>
        <source>More tools: the ones the window is too narrow to show</source>
        <translation>Zana zaidi: zile ambazo dirisha ni jembamba mno kuzionyesha</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Add &amp;content…</source>
        <translation>Ongeza &amp;makala…</translation>
    </message>
    <message>
        <source>Add content packs from a folder or USB drive</source>
        <translation>Ongeza vifurushi vya makala kutoka kwenye folda au kifaa cha USB</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Chapisha…</translation>
    </message>
    <message>
        <source>Print the current section or the whole article</source>
        <translation>Chapisha sehemu ya sasa au makala yote</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Hifadhi kama PDF…</translation>
    </message>
    <message>
        <source>Save a PDF of a section or the article</source>
        <translation>Hifadhi PDF ya sehemu moja au ya makala</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ondoka</translation>
    </message>
    <message>
        <source>Close the reader</source>
        <translation>Funga programu</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Rudi</translation>
    </message>
    <message>
        <source>Go back to where you were before the last jump</source>
        <translation>Rudi mahali ulipokuwa kabla ya kuruka mara ya mwisho</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Mbele</translation>
    </message>
    <message>
        <source>Go forward again</source>
        <translation>Nenda mbele tena</translation>
    </message>
    <message>
        <source>&amp;Top of the article</source>
        <translation>&amp;Juu ya makala</translation>
    </message>
    <message>
        <source>Go to the start of the article</source>
        <translation>Nenda mwanzo wa makala</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>Ma&amp;ktaba</translation>
    </message>
    <message>
        <source>Every article: find one by its title and open it</source>
        <translation>Makala zote: tafuta moja kwa kichwa chake na uifungue</translation>
    </message>
    <message>
        <source>Next &amp;pane</source>
        <translation>&amp;Eneo linalofuata</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next pane</source>
        <translation>Hamishia kibodi kwenye eneo linalofuata la dirisha</translation>
    </message>
    <message>
        <source>Pre&amp;vious pane</source>
        <translation>Eneo lililota&amp;ngulia</translation>
    </message>
    <message>
        <source>Move the focus to the previous pane</source>
        <translation>Hamishia kibodi kwenye eneo lililotangulia</translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation>Se&amp;hemu</translation>
    </message>
    <message>
        <source>Show or hide the list of sections beside the text</source>
        <translation>Onyesha au ficha orodha ya sehemu kando ya maandishi</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Kuza</translation>
    </message>
    <message>
        <source>Make the text larger</source>
        <translation>Ongeza ukubwa wa maandishi</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Punguza</translation>
    </message>
    <message>
        <source>Make the text smaller</source>
        <translation>Punguza ukubwa wa maandishi</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>Ukubwa wa ka&amp;waida</translation>
    </message>
    <message>
        <source>Text at its normal size</source>
        <translation>Maandishi kwa ukubwa wake wa kawaida</translation>
    </message>
    <message>
        <source>Read &amp;aloud</source>
        <translation>&amp;Soma kwa sauti</translation>
    </message>
    <message>
        <source>Read the section, or the selection, aloud; again to stop</source>
        <translation>Soma kwa sauti sehemu hii, au maandishi uliyochagua; tena ili kusimamisha</translation>
    </message>
    <message>
        <source>&amp;Pause reading</source>
        <translation>Si&amp;tisha usomaji</translation>
    </message>
    <message>
        <source>Pause the reading aloud, or go on</source>
        <translation>Sitisha usomaji kwa sauti, au endelea</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Fuata &amp;mfumo</translation>
    </message>
    <message>
        <source>Light, dark or high contrast as the system is set</source>
        <translation>Angavu, giza au utofautishaji mkubwa kulingana na mipangilio ya mfumo</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Angavu</translation>
    </message>
    <message>
        <source>Dark text on a light background</source>
        <translation>Maandishi meusi kwenye mandharinyuma meupe</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Giza</translation>
    </message>
    <message>
        <source>Light text on a dark background</source>
        <translation>Maandishi meupe kwenye mandharinyuma meusi</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Utofautishaji mkubwa</translation>
    </message>
    <message>
        <source>White and yellow text on black</source>
        <translation>Maandishi meupe na manjano kwenye mandharinyuma meusi</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Tafuta…</translation>
    </message>
    <message>
        <source>Search the article</source>
        <translation>Tafuta ndani ya makala</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Tafuta &amp;linalofuata</translation>
    </message>
    <message>
        <source>Go to the next match</source>
        <translation>Nenda kwenye neno lililopatikana baada ya hili</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>Tafuta lililotan&amp;gulia</translation>
    </message>
    <message>
        <source>Go to the previous match</source>
        <translation>Nenda kwenye neno lililopatikana kabla ya hili</translation>
    </message>
    <message>
        <source>&amp;Clear search</source>
        <translation>&amp;Futa utafutaji</translation>
    </message>
    <message>
        <source>Clear the search and its marks, back to reading</source>
        <translation>Futa utafutaji na alama zake, urudi kwenye kusoma</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Njia za &amp;mkato za kibodi</translation>
    </message>
    <message>
        <source>Every key the reader answers to</source>
        <translation>Kila kitufe ambacho programu inakiitikia</translation>
    </message>
    <message>
        <source>&amp;About this content…</source>
        <translation>&amp;Kuhusu maudhui haya…</translation>
    </message>
    <message>
        <source>Versions, source, edition and corrections</source>
        <translation>Versheni, chanzo, toleo na marekebisho</translation>
    </message>
    <message>
        <source>In the search box: open the top result (or the one selected)</source>
        <translation>Kwenye kisanduku cha kutafuta: fungua tokeo la kwanza (au lile lililochaguliwa)</translation>
    </message>
    <message>
        <source>In the search box: move into the results</source>
        <translation>Kwenye kisanduku cha kutafuta: ingia kwenye matokeo</translation>
    </message>
    <message>
        <source>On the first result: back to the search box</source>
        <translation>Kwenye tokeo la kwanza: rudi kwenye kisanduku cha kutafuta</translation>
    </message>
    <message>
        <source>In the results or the list of sections: open it</source>
        <translation>Kwenye matokeo au orodha ya sehemu: fungua kilichochaguliwa</translation>
    </message>
    <message>
        <source>Over the text: larger or smaller</source>
        <translation>Juu ya maandishi: kuza au punguza</translation>
    </message>
</context>
<context>
    <name>AddContentController</name>
    <message>
        <source>Folder or USB drive with content packs</source>
        <translation>Folda au kifaa cha USB chenye vifurushi vya makala</translation>
    </message>
    <message>
        <source>Adding content…</source>
        <translation>Inaongeza makala…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <source>Add content</source>
        <translation>Ongeza makala</translation>
    </message>
    <message>
        <source>Adding %1 (%2 of %3)…</source>
        <translation>Inaongeza %1 (%2 kati ya %3)…</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (versheni %2)</translation>
    </message>
    <message>
        <source>Added: %1.</source>
        <translation>Vilivyoongezwa: %1.</translation>
    </message>
    <message>
        <source>Added from the next start: %1.</source>
        <translation>Vitaongezwa programu itakapoanza tena: %1.</translation>
    </message>
    <message>
        <source>Added: %1. The reader shows it now.</source>
        <translation>Vilivyoongezwa: %1. Programu inavionyesha sasa.</translation>
    </message>
    <message>
        <source>Added: %1. This window shows only the files it was opened with (--bundle): start the reader without them to read it.</source>
        <translation>Vilivyoongezwa: %1. Dirisha hili linaonyesha tu faili lililofunguliwa nazo (--bundle): fungua programu bila faili hizo ili kuvisoma.</translation>
    </message>
    <message>
        <source>Added: %1. The reader has the version it replaces open, so it waits beside it, checked: close the reader and open it again to read it.</source>
        <translation>Vilivyoongezwa: %1. Programu imefungua versheni inayobadilishwa, kwa hiyo kipya kinasubiri kando yake, kimekaguliwa: funga programu na uifungue tena ili ukisome.</translation>
    </message>
    <message>
        <source>Cancelled: the pack being copied was not added, and nothing of it was left behind.</source>
        <translation>Imeghairiwa: kifurushi kilichokuwa kikinakiliwa hakijaongezwa, na hakuna chochote chake kilichobaki.</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Hakijaongezwa: %1</translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>Hakuna kilichoongezwa.</translation>
    </message>
</context>
<context>
    <name>AddContentDialog</name>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>new</source>
        <translation>kipya</translation>
    </message>
    <message>
        <source>update from v%1 to v%2</source>
        <translation>sasisho kutoka v%1 hadi v%2</translation>
    </message>
    <message>
        <source>already installed</source>
        <translation>tayari kimesakinishwa</translation>
    </message>
    <message>
        <source>older than the installed v%1</source>
        <translation>cha zamani kuliko v%1 iliyosakinishwa</translation>
    </message>
    <message>
        <source>same pack id, another publisher key</source>
        <translation>kitambulisho sawa cha kifurushi, ufunguo tofauti wa mchapishaji</translation>
    </message>
    <message>
        <source>untrusted publisher</source>
        <translation>mchapishaji asiyeaminika</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>hakijatiwa sahihi</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>kimeharibika</translation>
    </message>
    <message>
        <source>not a content pack</source>
        <translation>si kifurushi cha makala</translation>
    </message>
    <message>
        <source>The publisher did not sign this pack, so the reader cannot tell who made it. Ask the publisher for a signed copy.</source>
        <translation>Mchapishaji hakutia sahihi kifurushi hiki, kwa hiyo programu haiwezi kujua nani alikitengeneza. Muombe mchapishaji nakala iliyotiwa sahihi.</translation>
    </message>
    <message>
        <source>This file is damaged or was changed after it was made. Copy it again from the publisher.</source>
        <translation>Faili hili limeharibika au lilibadilishwa baada ya kutengenezwa. Linakili tena kutoka kwa mchapishaji.</translation>
    </message>
    <message>
        <source>This file is not a reader content pack.</source>
        <translation>Faili hili si kifurushi cha makala cha programu hii.</translation>
    </message>
    <message>
        <source>A pack with the same name is installed from another publisher key. The administrator must remove it first if the publisher really changed keys.</source>
        <translation>Kifurushi chenye jina hilohilo kimesakinishwa kwa ufunguo mwingine wa mchapishaji. Msimamizi wa mfumo lazima akiondoe kwanza ikiwa kweli mchapishaji amebadilisha ufunguo.</translation>
    </message>
    <message>
        <source>Add content</source>
        <translation>Ongeza makala</translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation>Chagua &amp;folda…</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Maudhui</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Mchapishaji</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versheni</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukubwa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Hali</translation>
    </message>
    <message>
        <source>Content packs found</source>
        <translation>Vifurushi vya makala vilivyopatikana</translation>
    </message>
    <message>
        <source>&amp;Add selected</source>
        <translation>&amp;Ongeza vilivyochaguliwa</translation>
    </message>
    <message>
        <source>Insert the USB drive, then choose its folder.</source>
        <translation>Chomeka kifaa cha USB, kisha chagua folda yake.</translation>
    </message>
    <message>
        <source>Content packs in %1:</source>
        <translation>Vifurushi vya makala katika %1:</translation>
    </message>
    <message>
        <source>No content packs (*.sqlite files) in %1.</source>
        <translation>Hakuna vifurushi vya makala (mafaili ya *.sqlite) katika %1.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n selected</source>
        <translation>
            <numerusform>&amp;Ongeza kifurushi %n kilichochaguliwa</numerusform>
            <numerusform>&amp;Ongeza vifurushi %n vilivyochaguliwa</numerusform>
        </translation>
    </message>
    <message>
        <source>This pack is signed by key &lt;b&gt;%1&lt;/b&gt;, which this computer does not trust yet.&lt;br&gt;To add packs from this publisher, the clinic&apos;s administrator:&lt;br&gt;1. gets the publisher&apos;s key file (&lt;i&gt;PUBLISHER.pub&lt;/i&gt;) and checks by phone or in person that its key id is &lt;b&gt;%1&lt;/b&gt;;&lt;br&gt;2. runs, as administrator: &lt;tt&gt;reader trust add --system PUBLISHER.pub&lt;/tt&gt;&lt;br&gt;3. opens File › Add content… again.</source>
        <translation>Kifurushi hiki kimetiwa sahihi kwa ufunguo &lt;b&gt;%1&lt;/b&gt;, ambao kompyuta hii bado haiuamini.&lt;br&gt;Ili kuongeza vifurushi kutoka kwa mchapishaji huyu, msimamizi wa mfumo wa kituo cha afya:&lt;br&gt;1. anapata faili la ufunguo la mchapishaji (&lt;i&gt;PUBLISHER.pub&lt;/i&gt;) na anahakikisha kwa simu au ana kwa ana kwamba kitambulisho cha ufunguo huo ni &lt;b&gt;%1&lt;/b&gt;;&lt;br&gt;2. anaendesha, kama msimamizi: &lt;tt&gt;reader trust add --system PUBLISHER.pub&lt;/tt&gt;&lt;br&gt;3. anafungua Faili › Ongeza makala… tena.</translation>
    </message>
    <message>
        <source>%1 (v%2), from %3</source>
        <translation>%1 (v%2), kutoka kwa %3</translation>
    </message>
    <message>
        <source>%1: signed by a trusted publisher (key %2), checked and ready to add.</source>
        <translation>%1: kimetiwa sahihi na mchapishaji anayeaminika (ufunguo %2), kimekaguliwa na kiko tayari kuongezwa.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: version %2 of this pack is already in the library; nothing to add.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: versheni %2 ya kifurushi hiki tayari iko kwenye maktaba; hakuna cha kuongeza.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; cannot be added: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; hakiwezi kuongezwa: %2</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Details were written to %1.</source>
        <translation>Maelezo zaidi yameandikwa katika %1.</translation>
    </message>
    <message>
        <source>The reader&apos;s content cannot be opened.</source>
        <translation>Maudhui ya programu hayawezi kufunguliwa.</translation>
    </message>
    <message>
        <source>The reader could not start because of an unexpected error.</source>
        <translation>Programu haikuweza kuanza kwa sababu ya hitilafu isiyotarajiwa.</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>Text size</source>
        <translation>Ukubwa wa maandishi</translation>
    </message>
    <message>
        <source>Text size %1 pt</source>
        <extracomment>The status bar&apos;s text size: %1 is the size in points</extracomment>
        <translation>Maandishi %1 pt</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <source>Title</source>
        <translation>Kichwa</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Toleo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Chanzo</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Mchapishaji</translation>
    </message>
</context>
<context>
    <name>ArticleSwitcher</name>
    <message>
        <source>Edition: %1</source>
        <extracomment>An article&apos;s tooltip in the section tree, under its title: %1 is its edition</extracomment>
        <translation>Toleo: %1</translation>
    </message>
</context>
<context>
    <name>ArticleText</name>
    <message numerus="yes">
        <source>Table, %n row(s): %1.</source>
        <extracomment>What a screen reader says before a table: %n its rows (under the header), %1 its columns&apos; names</extracomment>
        <translation>
            <numerusform>Jedwali, safu %n: %1.</numerusform>
            <numerusform>Jedwali, safu %n: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContentView</name>
    <message>
        <source>The text of the article; scroll or use the section tree to move</source>
        <translation>Maandishi ya makala; sogeza juu na chini au tumia orodha ya sehemu kuhama</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Makala</translation>
    </message>
</context>
<context>
    <name>ExceptionHandler</name>
    <message>
        <source>Details were written to %1.</source>
        <translation>Maelezo zaidi yameandikwa katika %1.</translation>
    </message>
    <message>
        <source>Something went wrong, but the reader is still running.</source>
        <translation>Kuna tatizo lililotokea, lakini programu bado inafanya kazi.</translation>
    </message>
</context>
<context>
    <name>ExternalLinkDialog</name>
    <message>
        <source>Link not opened</source>
        <translation>Kiungo hakijafunguliwa</translation>
    </message>
    <message>
        <source>This reader works offline, so it does not open links to the web or to email.
The address is:</source>
        <translation>Programu hii inafanya kazi bila intaneti, kwa hiyo haifungui viungo vya mtandao wala vya barua pepe.
Anwani ni:</translation>
    </message>
    <message>
        <source>Link address</source>
        <translation>Anwani ya kiungo</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>&amp;Nakili anwani</translation>
    </message>
    <message>
        <source>Copy the address to the clipboard</source>
        <translation>Nakili anwani kwenye ubao wa kunakili</translation>
    </message>
    <message>
        <source>Copied</source>
        <extracomment>The Copy address button, once it has copied</extracomment>
        <translation>Imenakiliwa</translation>
    </message>
</context>
<context>
    <name>HandoutActions</name>
    <message>
        <source>Print</source>
        <translation>Chapisha</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Mwanzo</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Nyuma</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Mbele</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Mwisho</translation>
    </message>
    <message>
        <source>One page</source>
        <translation>Ukurasa mmoja</translation>
    </message>
    <message>
        <source>Two pages</source>
        <translation>Kurasa mbili</translation>
    </message>
    <message>
        <source>All pages</source>
        <translation>Kurasa zote</translation>
    </message>
    <message>
        <source>%1: open an article first.</source>
        <translation>%1: fungua makala kwanza.</translation>
    </message>
    <message>
        <source>This cannot be laid out.</source>
        <translation>Hii haiwezi kupangwa kwenye kurasa.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Hakiki kabla ya kuchapisha</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Hifadhi kama PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Mafaili ya PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved.</source>
        <translation>PDF haikuweza kuhifadhiwa.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to %1</source>
        <translation>
            <numerusform>Ukurasa %n umehifadhiwa katika %1</numerusform>
            <numerusform>Kurasa %n zimehifadhiwa katika %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a printer and print this handout</source>
        <translation>Chagua printa na uchapishe karatasi hii ya mgonjwa</translation>
    </message>
</context>
<context>
    <name>HeadingAccessible</name>
    <message>
        <source>Heading level %1</source>
        <extracomment>What a screen reader says of a heading: %1 is its level, 1 to 6</extracomment>
        <translation>Kichwa cha ngazi ya %1</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>The reader will use %1 the next time it starts.</source>
        <translation>Programu itatumia %1 wakati ujao itakapoanza.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Fuata mfumo</translation>
    </message>
    <message>
        <source>The language the computer&apos;s interface is set to, if the reader has it</source>
        <translation>Lugha iliyowekwa kwenye kompyuta, ikiwa programu inayo</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>The library could not be read again: %1</source>
        <translation>Maktaba haikuweza kusomwa upya: %1</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Library</source>
        <extracomment>The library page&apos;s heading</extracomment>
        <translation>Maktaba</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s): Enter or a click opens one</source>
        <translation>
            <numerusform>Makala %n: Enter au kubofya huifungua</numerusform>
            <numerusform>Makala %n: Enter au kubofya hufungua mojawapo</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by title, edition, source or publisher</source>
        <translation>Chuja kwa kichwa, toleo, chanzo au mchapishaji</translation>
    </message>
    <message>
        <source>Filter articles</source>
        <translation>Chuja makala</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Makala</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Current section</source>
        <translation>Sehemu ya sasa</translation>
    </message>
    <message>
        <source>This article cannot be shown: %1</source>
        <translation>Makala hii haiwezi kuonyeshwa: %1</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Maktaba</translation>
    </message>
    <message>
        <source>Your settings could not be saved in %1.</source>
        <translation>Mipangilio yako haikuweza kuhifadhiwa katika %1.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Faili</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Nenda</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Mwonekano</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Rangi</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lugha</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>M&amp;saada</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Rudi</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Mbele</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Punguza</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Kuza</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Chapisha…</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Soma kwa sauti</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sehemu</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Zana</translation>
    </message>
</context>
<context>
    <name>NoPrinterMessage</name>
    <message>
        <source>Print</source>
        <translation>Chapisha</translation>
    </message>
    <message>
        <source>No printer is installed on this computer.</source>
        <translation>Hakuna printa iliyosakinishwa kwenye kompyuta hii.</translation>
    </message>
    <message>
        <source>The handout cannot be printed here. Export it as a PDF to print it on another computer or to send it.</source>
        <translation>Karatasi ya mgonjwa haiwezi kuchapishwa hapa. Ihifadhi kama PDF ili uichapishe kwenye kompyuta nyingine au uitume.</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Hifadhi kama PDF…</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Library notice</source>
        <translation>Taarifa ya maktaba</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Maelezo…</translation>
    </message>
    <message>
        <source>Help › About this content › Library: every bundle and why one was left out</source>
        <extracomment>Names the menu, its entry and the dialog&apos;s tab as they are translated</extracomment>
        <translation>Msaada › Kuhusu maudhui haya › Maktaba: kila kifurushi na kwa nini kimoja kiliachwa</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <source>Close the library notice</source>
        <translation>Funga taarifa ya maktaba</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of the library could not be used and were left out; the other articles are here.</source>
        <translation>
            <numerusform>Faili %n la maktaba halikuweza kutumika na limeachwa; makala nyingine ziko hapa.</numerusform>
            <numerusform>Mafaili %n ya maktaba hayakuweza kutumika na yameachwa; makala nyingine ziko hapa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; and %n more.</source>
        <extracomment>The files left out beyond those named: %1 the ones named, %n how many more</extracomment>
        <translation>
            <numerusform>%1; na %n zaidi.</numerusform>
            <numerusform>%1; na %n zaidi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PagedHandout</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Ukurasa %1 kati ya %2</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Imechapishwa %1</translation>
    </message>
    <message>
        <source>Information only; follow the advice of the clinician treating you.</source>
        <translation>Kwa taarifa tu; fuata ushauri wa mhudumu wa afya anayekutibu.</translation>
    </message>
    <message>
        <source>Edition: %1</source>
        <translation>Toleo: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Chanzo: %1</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>no speech engine works</source>
        <translation>hakuna mfumo wa sauti unaofanya kazi</translation>
    </message>
    <message>
        <source>Read aloud cannot start: %1.</source>
        <extracomment>%1 is why: &quot;no speech engine works&quot;</extracomment>
        <translation>Kusoma kwa sauti hakuwezi kuanza: %1.</translation>
    </message>
    <message>
        <source>There is nothing to read here.</source>
        <translation>Hakuna cha kusoma hapa.</translation>
    </message>
    <message>
        <source>No voice for %1 is installed on this computer.</source>
        <extracomment>%1 is a language&apos;s name, in that language</extracomment>
        <translation>Hakuna sauti ya %1 iliyosakinishwa kwenye kompyuta hii.</translation>
    </message>
    <message>
        <source>the speech engine failed</source>
        <translation>mfumo wa sauti umeshindwa</translation>
    </message>
    <message>
        <source>Read aloud stopped: %1.</source>
        <extracomment>%1 is why: the speech engine&apos;s message, or &quot;the speech engine failed&quot;</extracomment>
        <translation>Kusoma kwa sauti kumesimama: %1.</translation>
    </message>
</context>
<context>
    <name>ReadAloudActions</name>
    <message>
        <source>Read aloud is not available: this reader was installed without Qt&apos;s speech module.</source>
        <translation>Kusoma kwa sauti hakupatikani: programu hii ilisakinishwa bila moduli ya sauti ya Qt.</translation>
    </message>
    <message>
        <source>&amp;Resume reading</source>
        <translation>&amp;Endelea kusoma</translation>
    </message>
    <message>
        <source>&amp;Pause reading</source>
        <translation>Si&amp;tisha usomaji</translation>
    </message>
</context>
<context>
    <name>ScopeDialog</name>
    <message>
        <source>This &amp;section: %1</source>
        <extracomment>A choice of what to print or export: %1 is the section&apos;s title</extracomment>
        <translation>&amp;Sehemu hii: %1</translation>
    </message>
    <message>
        <source>This &amp;article: %1</source>
        <extracomment>A choice of what to print or export: %1 is the article&apos;s title</extracomment>
        <translation>&amp;Makala hii: %1</translation>
    </message>
    <message>
        <source>%1: what to include</source>
        <extracomment>%1 is what is asked for: Print, or Export PDF</extracomment>
        <translation>%1: nini cha kujumuisha</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>Above the choices: %1 is what is asked for (Print, or Export PDF)</extracomment>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Type words to find; results appear as you type</source>
        <translation>Andika maneno ya kutafuta; matokeo yanaonekana unapoandika</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <extracomment>The search box&apos;s placeholder: &quot;Search&quot; as in finding words in the articles; keep the key</extracomment>
        <translation>Tafuta (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <extracomment>The search box&apos;s name for screen readers: finding words in the articles</extracomment>
        <translation>Tafuta</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Futa utafutaji</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Search matches</source>
        <translation>Maneno yaliyopatikana</translation>
    </message>
    <message>
        <source>Nothing to open: no section matches this search.</source>
        <translation>Hakuna cha kufungua: hakuna sehemu inayolingana na utafutaji huu.</translation>
    </message>
    <message>
        <source>F3: next match · Shift+F3: previous · Esc: clear the search</source>
        <translation>F3: neno linalofuata · Shift+F3: lililotangulia · Esc: futa utafutaji</translation>
    </message>
    <message>
        <source>Search cannot be used: this content&apos;s search index is damaged.</source>
        <translation>Utafutaji hauwezi kutumika: faharasa ya utafutaji ya maudhui haya imeharibika.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>Imepatikana mara %n</numerusform>
            <numerusform>Imepatikana mara %n</numerusform>
        </translation>
    </message>
    <message>
        <source>match %1 of %2</source>
        <translation>neno %1 kati ya %2</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search status</source>
        <translation>Hali ya utafutaji</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Matokeo ya utafutaji</translation>
    </message>
    <message>
        <source>Up and Down move through the results; Enter opens one</source>
        <translation>Vishale vya juu na chini hupitia matokeo; Enter hufungua moja</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <source>Showing results for &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Inaonyesha matokeo ya &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;original&quot;&gt;Search instead for “%1”&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;original&quot;&gt;Tafuta badala yake “%1”&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No results for “%1”.</source>
        <translation>Hakuna matokeo ya “%1”.</translation>
    </message>
    <message>
        <source>Did you mean &lt;a href=&quot;suggestion&quot;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/a&gt;?</source>
        <translation>Ulimaanisha &lt;a href=&quot;suggestion&quot;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/a&gt;?</translation>
    </message>
    <message>
        <source>No section mentions %1.</source>
        <translation>Hakuna sehemu inayotaja %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) found</source>
        <translation>
            <numerusform>Sehemu %n imepatikana</numerusform>
            <numerusform>Sehemu %n zimepatikana</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionTree</name>
    <message>
        <source>Sections</source>
        <translation>Sehemu</translation>
    </message>
    <message>
        <source>The article&apos;s sections; press Enter to read one</source>
        <translation>Sehemu za makala; bonyeza Enter kusoma mojawapo</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>%1: %2</source>
        <extracomment>A shortcut&apos;s row: %1 is the action&apos;s name, %2 what it does</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <extracomment>Two keys that do the same thing: %1 the first (or the first ones), %2 the other</extracomment>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Njia za mkato za kibodi</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Vitufe</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Vinachofanya</translation>
    </message>
</context>
</TS>
