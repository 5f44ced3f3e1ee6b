<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>This reader gives information only. It is not a substitute for a clinician&apos;s judgement: decisions about a patient&apos;s care belong to a qualified health worker.</source>
        <translation>يقدّم هذا القارئ معلومات فقط، ولا يغني عن تقدير مقدّم الرعاية الصحية: القرارات المتعلقة برعاية المريض من اختصاص عامل صحي مؤهَّل.</translation>
    </message>
    <message>
        <source>Reader %1</source>
        <extracomment>The About page&apos;s title: the application&apos;s name and its version</extracomment>
        <translation>القارئ %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Medical notice.&lt;/b&gt; %1</source>
        <extracomment>%1 is the medical notice</extracomment>
        <translation>&lt;b&gt;تنبيه طبي.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>none: handouts print no source</source>
        <translation>لا يوجد: لا تطبع النشرات أي مصدر</translation>
    </message>
    <message>
        <source>none stated: ask the publisher before copying the text</source>
        <translation>غير محدد: اسأل الناشر قبل نسخ النص</translation>
    </message>
    <message>
        <source>Source (printed)</source>
        <translation>المصدر (المطبوع)</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>الأصل</translation>
    </message>
    <message>
        <source>Content licence</source>
        <translation>ترخيص المحتوى</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>الطبعة</translation>
    </message>
    <message>
        <source>&lt;b&gt;Editorial corrections&lt;/b&gt; (changes made to the original text):</source>
        <translation>&lt;b&gt;تصحيحات تحريرية&lt;/b&gt; (تغييرات أُجريت على النص الأصلي):</translation>
    </message>
    <message>
        <source>“%1” → “%2”</source>
        <extracomment>An editorial correction: %1 the original text, %2 the corrected one</extracomment>
        <translation>«%1» ← «%2»</translation>
    </message>
    <message>
        <source>added “%1”</source>
        <extracomment>An editorial correction that added a text (%1)</extracomment>
        <translation>أُضيف «%1»</translation>
    </message>
    <message>
        <source>Content bundle</source>
        <translation>ملف المحتوى</translation>
    </message>
    <message>
        <source>Built</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>المخطط</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>The reader is licensed under the Apache License 2.0.

This copy runs from a Python installation: each package it uses (PySide6 and Qt under the LGPL-3.0, Python under the PSF licence, and the others) carries its own licence in its metadata (&apos;pip show -f NAME&apos; lists the files). The installers carry every licence text in their licences folder.</source>
        <translation>القارئ مرخّص بموجب رخصة أباتشي 2.0.

تعمل هذه النسخة من تثبيت لبايثون: كل حزمة تستخدمها (PySide6 وQt بموجب LGPL-3.0، وبايثون بموجب رخصة PSF، وغيرها) تحمل رخصتها في بياناتها الوصفية (الأمر &apos;pip show -f NAME&apos; يسرد الملفات). تحمل برامج التثبيت نصوص كل التراخيص في مجلد التراخيص.</translation>
    </message>
    <message>
        <source>shipped with the reader</source>
        <translation>مرفق مع القارئ</translation>
    </message>
    <message>
        <source>your library folder</source>
        <translation>مجلد مكتبتك</translation>
    </message>
    <message>
        <source>this computer&apos;s library folder</source>
        <translation>مجلد المكتبة على هذا الحاسوب</translation>
    </message>
    <message>
        <source>named when the reader started</source>
        <translation>محدد عند تشغيل القارئ</translation>
    </message>
    <message>
        <source>About this content</source>
        <translation>حول هذا المحتوى</translation>
    </message>
    <message>
        <source>Content information</source>
        <translation>معلومات المحتوى</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>التراخيص</translation>
    </message>
    <message>
        <source>Bundles of the library</source>
        <translation>ملفات محتوى المكتبة</translation>
    </message>
    <message>
        <source>&amp;Content</source>
        <translation>ال&amp;محتوى</translation>
    </message>
    <message>
        <source>&amp;Licences</source>
        <translation>ال&amp;تراخيص</translation>
    </message>
    <message>
        <source>Li&amp;brary</source>
        <translation>ال&amp;مكتبة</translation>
    </message>
    <message>
        <source>File</source>
        <extracomment>The Library tab&apos;s columns: a bundle&apos;s file</extracomment>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>موجود في</translation>
    </message>
    <message>
        <source>Check</source>
        <extracomment>The Library tab&apos;s columns: whether the bundle passed its check</extracomment>
        <translation>الفحص</translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <extracomment>The Library tab&apos;s summary: %1 is &quot;N bundle(s) read&quot;, %2 &quot;N file(s) left out&quot;</extracomment>
        <translation>%1؛ %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) read</source>
        <translation>
            <numerusform>ملفات المحتوى المقروءة: %n</numerusform>
            <numerusform>ملفات المحتوى المقروءة: %n</numerusform>
            <numerusform>ملفات المحتوى المقروءة: %n</numerusform>
            <numerusform>ملفات المحتوى المقروءة: %n</numerusform>
            <numerusform>ملفات المحتوى المقروءة: %n</numerusform>
            <numerusform>ملفات المحتوى المقروءة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) left out</source>
        <translation>
            <numerusform>الملفات المستبعدة: %n</numerusform>
            <numerusform>الملفات المستبعدة: %n</numerusform>
            <numerusform>الملفات المستبعدة: %n</numerusform>
            <numerusform>الملفات المستبعدة: %n</numerusform>
            <numerusform>الملفات المستبعدة: %n</numerusform>
            <numerusform>الملفات المستبعدة: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Divider between the sections and the article</source>
        <translation>فاصل بين الأقسام والمقالة</translation>
    </message>
    <message>
        <source>Resize the window</source>
        <translation>تغيير حجم النافذة</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>أدوات أخرى</translation>
    </message>
    <message>
        <source>More tools: the ones the window is too narrow to show</source>
        <translation>أدوات أخرى: التي لا تتسع النافذة لعرضها</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Add &amp;content…</source>
        <translation>إضافة &amp;محتوى…</translation>
    </message>
    <message>
        <source>Add content packs from a folder or USB drive</source>
        <translation>إضافة حزم محتوى من مجلد أو من ذاكرة USB</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>Print the current section or the whole article</source>
        <translation>طباعة القسم الحالي أو المقالة كاملة</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;تصدير PDF…</translation>
    </message>
    <message>
        <source>Save a PDF of a section or the article</source>
        <translation>حفظ ملف PDF لقسم أو للمقالة</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Close the reader</source>
        <translation>إغلاق القارئ</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <source>Go back to where you were before the last jump</source>
        <translation>العودة إلى حيث كنت قبل آخر انتقال</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>ت&amp;قدّم</translation>
    </message>
    <message>
        <source>Go forward again</source>
        <translation>التقدّم مرة أخرى</translation>
    </message>
    <message>
        <source>&amp;Top of the article</source>
        <translation>&amp;بداية المقالة</translation>
    </message>
    <message>
        <source>Go to the start of the article</source>
        <translation>الانتقال إلى بداية المقالة</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>ال&amp;مكتبة</translation>
    </message>
    <message>
        <source>Every article: find one by its title and open it</source>
        <translation>كل المقالات: ابحث عن مقالة بعنوانها وافتحها</translation>
    </message>
    <message>
        <source>Next &amp;pane</source>
        <translation>اللوحة ال&amp;تالية</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next pane</source>
        <translation>نقل تركيز لوحة المفاتيح إلى اللوحة التالية</translation>
    </message>
    <message>
        <source>Pre&amp;vious pane</source>
        <translation>اللوحة ال&amp;سابقة</translation>
    </message>
    <message>
        <source>Move the focus to the previous pane</source>
        <translation>نقل التركيز إلى اللوحة السابقة</translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation>ال&amp;أقسام</translation>
    </message>
    <message>
        <source>Show or hide the list of sections beside the text</source>
        <translation>إظهار قائمة الأقسام بجانب النص أو إخفاؤها</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <source>Make the text larger</source>
        <translation>تكبير النص</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <source>Make the text smaller</source>
        <translation>تصغير النص</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>الحجم ال&amp;عادي</translation>
    </message>
    <message>
        <source>Text at its normal size</source>
        <translation>النص بحجمه العادي</translation>
    </message>
    <message>
        <source>Read &amp;aloud</source>
        <translation>&amp;قراءة بصوت عالٍ</translation>
    </message>
    <message>
        <source>Read the section, or the selection, aloud; again to stop</source>
        <translation>قراءة القسم أو النص المحدد بصوت عالٍ؛ مرة أخرى للإيقاف</translation>
    </message>
    <message>
        <source>&amp;Pause reading</source>
        <translation>إي&amp;قاف القراءة مؤقتًا</translation>
    </message>
    <message>
        <source>Pause the reading aloud, or go on</source>
        <translation>إيقاف القراءة بصوت عالٍ مؤقتًا، أو متابعتها</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>حسب إعداد ال&amp;نظام</translation>
    </message>
    <message>
        <source>Light, dark or high contrast as the system is set</source>
        <translation>فاتح أو داكن أو تباين عالٍ حسب إعداد النظام</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;فاتح</translation>
    </message>
    <message>
        <source>Dark text on a light background</source>
        <translation>نص داكن على خلفية فاتحة</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;داكن</translation>
    </message>
    <message>
        <source>Light text on a dark background</source>
        <translation>نص فاتح على خلفية داكنة</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>تباين &amp;عالٍ</translation>
    </message>
    <message>
        <source>White and yellow text on black</source>
        <translation>نص أبيض وأصفر على خلفية سوداء</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <source>Search the article</source>
        <translation>البحث في نص المقالة</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>التطابق ال&amp;تالي</translation>
    </message>
    <message>
        <source>Go to the next match</source>
        <translation>الانتقال إلى التطابق التالي</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>التطابق ال&amp;سابق</translation>
    </message>
    <message>
        <source>Go to the previous match</source>
        <translation>الانتقال إلى التطابق السابق</translation>
    </message>
    <message>
        <source>&amp;Clear search</source>
        <translation>&amp;مسح البحث</translation>
    </message>
    <message>
        <source>Clear the search and its marks, back to reading</source>
        <translation>مسح البحث وعلاماته والعودة إلى القراءة</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات لوحة ال&amp;مفاتيح</translation>
    </message>
    <message>
        <source>Every key the reader answers to</source>
        <translation>كل المفاتيح التي يستجيب لها القارئ</translation>
    </message>
    <message>
        <source>&amp;About this content…</source>
        <translation>&amp;حول هذا المحتوى…</translation>
    </message>
    <message>
        <source>Versions, source, edition and corrections</source>
        <translation>الإصدارات والمصدر والطبعة والتصحيحات</translation>
    </message>
    <message>
        <source>In the search box: open the top result (or the one selected)</source>
        <translation>في مربع البحث: فتح النتيجة الأولى (أو النتيجة المحددة)</translation>
    </message>
    <message>
        <source>In the search box: move into the results</source>
        <translation>في مربع البحث: الانتقال إلى النتائج</translation>
    </message>
    <message>
        <source>On the first result: back to the search box</source>
        <translation>على النتيجة الأولى: العودة إلى مربع البحث</translation>
    </message>
    <message>
        <source>In the results or the list of sections: open it</source>
        <translation>في النتائج أو في قائمة الأقسام: فتح العنصر</translation>
    </message>
    <message>
        <source>Over the text: larger or smaller</source>
        <translation>فوق النص: تكبير أو تصغير</translation>
    </message>
</context>
<context>
    <name>AddContentController</name>
    <message>
        <source>Folder or USB drive with content packs</source>
        <translation>مجلد أو ذاكرة USB فيها حزم محتوى</translation>
    </message>
    <message>
        <source>Adding content…</source>
        <translation>جارٍ إضافة المحتوى…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Add content</source>
        <translation>إضافة محتوى</translation>
    </message>
    <message>
        <source>Adding %1 (%2 of %3)…</source>
        <translation>جارٍ إضافة %1 (%2 من %3)…</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (الإصدار %2)</translation>
    </message>
    <message>
        <source>Added: %1.</source>
        <translation>أُضيف: %1.</translation>
    </message>
    <message>
        <source>Added from the next start: %1.</source>
        <translation>أُضيف اعتبارًا من التشغيل القادم: %1.</translation>
    </message>
    <message>
        <source>Added: %1. The reader shows it now.</source>
        <translation>أُضيف: %1. يعرضه القارئ الآن.</translation>
    </message>
    <message>
        <source>Added: %1. This window shows only the files it was opened with (--bundle): start the reader without them to read it.</source>
        <translation>أُضيف: %1. لا تعرض هذه النافذة إلا الملفات التي فُتحت بها (--bundle): شغّل القارئ من دونها لقراءته.</translation>
    </message>
    <message>
        <source>Added: %1. The reader has the version it replaces open, so it waits beside it, checked: close the reader and open it again to read it.</source>
        <translation>أُضيف: %1. الإصدار الذي يحل محله مفتوح في القارئ، لذا ينتظر بجانبه بعد التحقق منه: أغلق القارئ وافتحه من جديد لقراءته.</translation>
    </message>
    <message>
        <source>Cancelled: the pack being copied was not added, and nothing of it was left behind.</source>
        <translation>أُلغي: لم تُضف الحزمة التي كانت تُنسخ، ولم يبقَ منها شيء.</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>لم يُضف: %1</translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>لم يُضف أي شيء.</translation>
    </message>
</context>
<context>
    <name>AddContentDialog</name>
    <message>
        <source>%1 KiB</source>
        <translation>%1 ك.ب</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 م.ب</translation>
    </message>
    <message>
        <source>new</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <source>update from v%1 to v%2</source>
        <translation>تحديث من الإصدار %1 إلى الإصدار %2</translation>
    </message>
    <message>
        <source>already installed</source>
        <translation>مثبتة من قبل</translation>
    </message>
    <message>
        <source>older than the installed v%1</source>
        <translation>أقدم من الإصدار المثبت %1</translation>
    </message>
    <message>
        <source>same pack id, another publisher key</source>
        <translation>معرّف الحزمة نفسه بمفتاح ناشر آخر</translation>
    </message>
    <message>
        <source>untrusted publisher</source>
        <translation>ناشر غير موثوق</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>غير موقّعة</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>تالفة</translation>
    </message>
    <message>
        <source>not a content pack</source>
        <translation>ليست حزمة محتوى</translation>
    </message>
    <message>
        <source>The publisher did not sign this pack, so the reader cannot tell who made it. Ask the publisher for a signed copy.</source>
        <translation>لم يوقّع الناشر هذه الحزمة، لذا لا يستطيع القارئ معرفة من أعدّها. اطلب من الناشر نسخة موقّعة.</translation>
    </message>
    <message>
        <source>This file is damaged or was changed after it was made. Copy it again from the publisher.</source>
        <translation>هذا الملف تالف أو عُدّل بعد إعداده. انسخه مرة أخرى من الناشر.</translation>
    </message>
    <message>
        <source>This file is not a reader content pack.</source>
        <translation>هذا الملف ليس حزمة محتوى للقارئ.</translation>
    </message>
    <message>
        <source>A pack with the same name is installed from another publisher key. The administrator must remove it first if the publisher really changed keys.</source>
        <translation>حزمة بالاسم نفسه مثبتة بمفتاح ناشر آخر. على المسؤول إزالتها أولًا إن كان الناشر قد غيّر مفتاحه فعلًا.</translation>
    </message>
    <message>
        <source>Add content</source>
        <translation>إضافة محتوى</translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation>اختيار &amp;مجلد…</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>المحتوى</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>الناشر</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Content packs found</source>
        <translation>حزم المحتوى التي وُجدت</translation>
    </message>
    <message>
        <source>&amp;Add selected</source>
        <translation>&amp;إضافة المحدد</translation>
    </message>
    <message>
        <source>Insert the USB drive, then choose its folder.</source>
        <translation>أدخل ذاكرة USB، ثم اختر مجلدها.</translation>
    </message>
    <message>
        <source>Content packs in %1:</source>
        <translation>حزم المحتوى في %1:</translation>
    </message>
    <message>
        <source>No content packs (*.sqlite files) in %1.</source>
        <translation>لا توجد حزم محتوى (ملفات *.sqlite) في %1.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n selected</source>
        <translation>
            <numerusform>&amp;إضافة المحدد (%n)</numerusform>
            <numerusform>&amp;إضافة المحدد (%n)</numerusform>
            <numerusform>&amp;إضافة المحدد (%n)</numerusform>
            <numerusform>&amp;إضافة المحدد (%n)</numerusform>
            <numerusform>&amp;إضافة المحدد (%n)</numerusform>
            <numerusform>&amp;إضافة المحدد (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>This pack is signed by key &lt;b&gt;%1&lt;/b&gt;, which this computer does not trust yet.&lt;br&gt;To add packs from this publisher, the clinic&apos;s administrator:&lt;br&gt;1. gets the publisher&apos;s key file (&lt;i&gt;PUBLISHER.pub&lt;/i&gt;) and checks by phone or in person that its key id is &lt;b&gt;%1&lt;/b&gt;;&lt;br&gt;2. runs, as administrator: &lt;tt&gt;reader trust add --system PUBLISHER.pub&lt;/tt&gt;&lt;br&gt;3. opens File › Add content… again.</source>
        <translation>هذه الحزمة موقّعة بالمفتاح &lt;b&gt;%1&lt;/b&gt;، ولا يثق به هذا الحاسوب بعد.&lt;br&gt;لإضافة حزم من هذا الناشر، يقوم مسؤول المركز الصحي بما يلي:&lt;br&gt;1. يحصل على ملف مفتاح الناشر (&lt;i&gt;PUBLISHER.pub&lt;/i&gt;) ويتحقق بالهاتف أو شخصيًا من أن معرّف مفتاحه هو &lt;b&gt;%1&lt;/b&gt;؛&lt;br&gt;2. ينفّذ بصلاحيات المسؤول: &lt;tt&gt;reader trust add --system PUBLISHER.pub&lt;/tt&gt;&lt;br&gt;3. يفتح ملف › إضافة محتوى… مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 (v%2), from %3</source>
        <translation>%1 (الإصدار %2)، من %3</translation>
    </message>
    <message>
        <source>%1: signed by a trusted publisher (key %2), checked and ready to add.</source>
        <translation>%1: موقّعة من ناشر موثوق (المفتاح %2)، تم التحقق منها وجاهزة للإضافة.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: version %2 of this pack is already in the library; nothing to add.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: الإصدار %2 من هذه الحزمة موجود في المكتبة؛ لا شيء لإضافته.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; cannot be added: %2</source>
        <translation>لا يمكن إضافة &lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Details were written to %1.</source>
        <translation>كُتبت التفاصيل في %1.</translation>
    </message>
    <message>
        <source>The reader&apos;s content cannot be opened.</source>
        <translation>لا يمكن فتح محتوى القارئ.</translation>
    </message>
    <message>
        <source>The reader could not start because of an unexpected error.</source>
        <translation>تعذّر تشغيل القارئ بسبب خطأ غير متوقع.</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <source>Text size %1 pt</source>
        <extracomment>The status bar&apos;s text size: %1 is the size in points</extracomment>
        <translation>حجم النص %1 نقطة</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>الطبعة</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>الناشر</translation>
    </message>
</context>
<context>
    <name>ArticleSwitcher</name>
    <message>
        <source>Edition: %1</source>
        <extracomment>An article&apos;s tooltip in the section tree, under its title: %1 is its edition</extracomment>
        <translation>الطبعة: %1</translation>
    </message>
</context>
<context>
    <name>ArticleText</name>
    <message numerus="yes">
        <source>Table, %n row(s): %1.</source>
        <extracomment>What a screen reader says before a table: %n its rows (under the header), %1 its columns&apos; names</extracomment>
        <translation>
            <numerusform>جدول، عدد الصفوف %n: %1.</numerusform>
            <numerusform>جدول، عدد الصفوف %n: %1.</numerusform>
            <numerusform>جدول، عدد الصفوف %n: %1.</numerusform>
            <numerusform>جدول، عدد الصفوف %n: %1.</numerusform>
            <numerusform>جدول، عدد الصفوف %n: %1.</numerusform>
            <numerusform>جدول، عدد الصفوف %n: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContentView</name>
    <message>
        <source>The text of the article; scroll or use the section tree to move</source>
        <translation>نص المقالة؛ مرّر أو استخدم شجرة الأقسام للتنقل</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>المقالة</translation>
    </message>
</context>
<context>
    <name>ExceptionHandler</name>
    <message>
        <source>Details were written to %1.</source>
        <translation>كُتبت التفاصيل في %1.</translation>
    </message>
    <message>
        <source>Something went wrong, but the reader is still running.</source>
        <translation>حدث خطأ ما، لكن القارئ ما زال يعمل.</translation>
    </message>
</context>
<context>
    <name>ExternalLinkDialog</name>
    <message>
        <source>Link not opened</source>
        <translation>لم يُفتح الرابط</translation>
    </message>
    <message>
        <source>This reader works offline, so it does not open links to the web or to email.
The address is:</source>
        <translation>يعمل هذا القارئ دون اتصال بالإنترنت، لذا لا يفتح روابط الويب أو البريد الإلكتروني.
العنوان هو:</translation>
    </message>
    <message>
        <source>Link address</source>
        <translation>عنوان الرابط</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>&amp;نسخ العنوان</translation>
    </message>
    <message>
        <source>Copy the address to the clipboard</source>
        <translation>نسخ العنوان إلى الحافظة</translation>
    </message>
    <message>
        <source>Copied</source>
        <extracomment>The Copy address button, once it has copied</extracomment>
        <translation>نُسخ</translation>
    </message>
</context>
<context>
    <name>HandoutActions</name>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>First</source>
        <translation>الأولى</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابقة</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالية</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>الأخيرة</translation>
    </message>
    <message>
        <source>One page</source>
        <translation>صفحة واحدة</translation>
    </message>
    <message>
        <source>Two pages</source>
        <translation>صفحتان</translation>
    </message>
    <message>
        <source>All pages</source>
        <translation>كل الصفحات</translation>
    </message>
    <message>
        <source>%1: open an article first.</source>
        <translation>%1: افتح مقالة أولًا.</translation>
    </message>
    <message>
        <source>This cannot be laid out.</source>
        <translation>لا يمكن تنسيق هذا للطباعة.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>معاينة الطباعة</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>تصدير PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved.</source>
        <translation>تعذّر حفظ ملف PDF.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to %1</source>
        <translation>
            <numerusform>الصفحات المحفوظة في %1: %n</numerusform>
            <numerusform>الصفحات المحفوظة في %1: %n</numerusform>
            <numerusform>الصفحات المحفوظة في %1: %n</numerusform>
            <numerusform>الصفحات المحفوظة في %1: %n</numerusform>
            <numerusform>الصفحات المحفوظة في %1: %n</numerusform>
            <numerusform>الصفحات المحفوظة في %1: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a printer and print this handout</source>
        <translation>اختر طابعة واطبع هذه النشرة</translation>
    </message>
</context>
<context>
    <name>HeadingAccessible</name>
    <message>
        <source>Heading level %1</source>
        <extracomment>What a screen reader says of a heading: %1 is its level, 1 to 6</extracomment>
        <translation>عنوان من المستوى %1</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>The reader will use %1 the next time it starts.</source>
        <translation>سيستخدم القارئ %1 عند تشغيله في المرة القادمة.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>حسب إعداد النظام</translation>
    </message>
    <message>
        <source>The language the computer&apos;s interface is set to, if the reader has it</source>
        <translation>لغة واجهة الحاسوب، إن كانت متوفرة في القارئ</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>The library could not be read again: %1</source>
        <translation>تعذّرت قراءة المكتبة من جديد: %1</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Library</source>
        <extracomment>The library page&apos;s heading</extracomment>
        <translation>المكتبة</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s): Enter or a click opens one</source>
        <translation>
            <numerusform>عدد المقالات %n: اضغط Enter أو انقر لفتح إحداها</numerusform>
            <numerusform>عدد المقالات %n: اضغط Enter أو انقر لفتح إحداها</numerusform>
            <numerusform>عدد المقالات %n: اضغط Enter أو انقر لفتح إحداها</numerusform>
            <numerusform>عدد المقالات %n: اضغط Enter أو انقر لفتح إحداها</numerusform>
            <numerusform>عدد المقالات %n: اضغط Enter أو انقر لفتح إحداها</numerusform>
            <numerusform>عدد المقالات %n: اضغط Enter أو انقر لفتح إحداها</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by title, edition, source or publisher</source>
        <translation>التصفية حسب العنوان أو الطبعة أو المصدر أو الناشر</translation>
    </message>
    <message>
        <source>Filter articles</source>
        <translation>تصفية المقالات</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Current section</source>
        <translation>القسم الحالي</translation>
    </message>
    <message>
        <source>This article cannot be shown: %1</source>
        <translation>لا يمكن عرض هذه المقالة: %1</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <source>Your settings could not be saved in %1.</source>
        <translation>تعذّر حفظ إعداداتك في %1.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>ا&amp;نتقال</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>ال&amp;ألوان</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>تقدّم</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>أصغر</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>أكبر</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>قراءة بصوت عالٍ</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>الأدوات</translation>
    </message>
</context>
<context>
    <name>NoPrinterMessage</name>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>No printer is installed on this computer.</source>
        <translation>لا توجد طابعة مثبتة على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>The handout cannot be printed here. Export it as a PDF to print it on another computer or to send it.</source>
        <translation>لا يمكن طباعة النشرة هنا. صدّرها ملف PDF لطباعتها على حاسوب آخر أو لإرسالها.</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>تصدير PDF…</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Library notice</source>
        <translation>تنبيه المكتبة</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>ال&amp;تفاصيل…</translation>
    </message>
    <message>
        <source>Help › About this content › Library: every bundle and why one was left out</source>
        <extracomment>Names the menu, its entry and the dialog&apos;s tab as they are translated</extracomment>
        <translation>مساعدة › حول هذا المحتوى › المكتبة: كل ملفات المحتوى وسبب استبعاد أي منها</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close the library notice</source>
        <translation>إغلاق تنبيه المكتبة</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of the library could not be used and were left out; the other articles are here.</source>
        <translation>
            <numerusform>تعذّر استخدام ملفات من المكتبة فاستُبعدت (%n)؛ المقالات الأخرى موجودة هنا.</numerusform>
            <numerusform>تعذّر استخدام ملفات من المكتبة فاستُبعدت (%n)؛ المقالات الأخرى موجودة هنا.</numerusform>
            <numerusform>تعذّر استخدام ملفات من المكتبة فاستُبعدت (%n)؛ المقالات الأخرى موجودة هنا.</numerusform>
            <numerusform>تعذّر استخدام ملفات من المكتبة فاستُبعدت (%n)؛ المقالات الأخرى موجودة هنا.</numerusform>
            <numerusform>تعذّر استخدام ملفات من المكتبة فاستُبعدت (%n)؛ المقالات الأخرى موجودة هنا.</numerusform>
            <numerusform>تعذّر استخدام ملفات من المكتبة فاستُبعدت (%n)؛ المقالات الأخرى موجودة هنا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; and %n more.</source>
        <extracomment>The files left out beyond those named: %1 the ones named, %n how many more</extracomment>
        <translation>
            <numerusform>%1؛ وغيرها (%n).</numerusform>
            <numerusform>%1؛ وغيرها (%n).</numerusform>
            <numerusform>%1؛ وغيرها (%n).</numerusform>
            <numerusform>%1؛ وغيرها (%n).</numerusform>
            <numerusform>%1؛ وغيرها (%n).</numerusform>
            <numerusform>%1؛ وغيرها (%n).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PagedHandout</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>طُبعت في %1</translation>
    </message>
    <message>
        <source>Information only; follow the advice of the clinician treating you.</source>
        <translation>للمعلومات فقط؛ اتبع نصائح مقدّم الرعاية الصحية الذي يعالجك.</translation>
    </message>
    <message>
        <source>Edition: %1</source>
        <translation>الطبعة: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>المصدر: %1</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>no speech engine works</source>
        <translation>لا يعمل أي محرك للنطق</translation>
    </message>
    <message>
        <source>Read aloud cannot start: %1.</source>
        <extracomment>%1 is why: &quot;no speech engine works&quot;</extracomment>
        <translation>لا يمكن بدء القراءة بصوت عالٍ: %1.</translation>
    </message>
    <message>
        <source>There is nothing to read here.</source>
        <translation>لا يوجد شيء للقراءة هنا.</translation>
    </message>
    <message>
        <source>No voice for %1 is installed on this computer.</source>
        <extracomment>%1 is a language&apos;s name, in that language</extracomment>
        <translation>لا يوجد صوت للغة %1 مثبت على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>the speech engine failed</source>
        <translation>تعطّل محرك النطق</translation>
    </message>
    <message>
        <source>Read aloud stopped: %1.</source>
        <extracomment>%1 is why: the speech engine&apos;s message, or &quot;the speech engine failed&quot;</extracomment>
        <translation>توقفت القراءة بصوت عالٍ: %1.</translation>
    </message>
</context>
<context>
    <name>ReadAloudActions</name>
    <message>
        <source>Read aloud is not available: this reader was installed without Qt&apos;s speech module.</source>
        <translation>القراءة بصوت عالٍ غير متاحة: ثُبّت هذا القارئ دون وحدة النطق في Qt.</translation>
    </message>
    <message>
        <source>&amp;Resume reading</source>
        <translation>&amp;متابعة القراءة</translation>
    </message>
    <message>
        <source>&amp;Pause reading</source>
        <translation>إي&amp;قاف القراءة مؤقتًا</translation>
    </message>
</context>
<context>
    <name>ScopeDialog</name>
    <message>
        <source>This &amp;section: %1</source>
        <extracomment>A choice of what to print or export: %1 is the section&apos;s title</extracomment>
        <translation>هذا ال&amp;قسم: %1</translation>
    </message>
    <message>
        <source>This &amp;article: %1</source>
        <extracomment>A choice of what to print or export: %1 is the article&apos;s title</extracomment>
        <translation>هذه ال&amp;مقالة: %1</translation>
    </message>
    <message>
        <source>%1: what to include</source>
        <extracomment>%1 is what is asked for: Print, or Export PDF</extracomment>
        <translation>%1: ما الذي يُضمَّن؟</translation>
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
        <translation>اكتب كلمات للبحث عنها؛ تظهر النتائج أثناء الكتابة</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <extracomment>The search box&apos;s placeholder: &quot;Search&quot; as in finding words in the articles; keep the key</extracomment>
        <translation>بحث (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <extracomment>The search box&apos;s name for screen readers: finding words in the articles</extracomment>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>مسح البحث</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Search matches</source>
        <translation>تطابقات البحث</translation>
    </message>
    <message>
        <source>Nothing to open: no section matches this search.</source>
        <translation>لا شيء لفتحه: لا يطابق أي قسم هذا البحث.</translation>
    </message>
    <message>
        <source>F3: next match · Shift+F3: previous · Esc: clear the search</source>
        <translation>F3: التطابق التالي · Shift+F3: السابق · Esc: مسح البحث</translation>
    </message>
    <message>
        <source>Search cannot be used: this content&apos;s search index is damaged.</source>
        <translation>لا يمكن استخدام البحث: فهرس البحث في هذا المحتوى تالف.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>عدد التطابقات: %n</numerusform>
            <numerusform>عدد التطابقات: %n</numerusform>
            <numerusform>عدد التطابقات: %n</numerusform>
            <numerusform>عدد التطابقات: %n</numerusform>
            <numerusform>عدد التطابقات: %n</numerusform>
            <numerusform>عدد التطابقات: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>match %1 of %2</source>
        <translation>التطابق %1 من %2</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search status</source>
        <translation>حالة البحث</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>Up and Down move through the results; Enter opens one</source>
        <translation>السهمان لأعلى ولأسفل للتنقل بين النتائج؛ Enter لفتح إحداها</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 أو %2</translation>
    </message>
    <message>
        <source>Showing results for &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>عرض نتائج &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;original&quot;&gt;Search instead for “%1”&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;original&quot;&gt;البحث بدلًا من ذلك عن «%1»&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No results for “%1”.</source>
        <translation>لا توجد نتائج لـ«%1».</translation>
    </message>
    <message>
        <source>Did you mean &lt;a href=&quot;suggestion&quot;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/a&gt;?</source>
        <translation>هل تقصد &lt;a href=&quot;suggestion&quot;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/a&gt;؟</translation>
    </message>
    <message>
        <source>No section mentions %1.</source>
        <translation>لا يذكر أي قسم %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) found</source>
        <translation>
            <numerusform>عدد الأقسام التي وُجدت: %n</numerusform>
            <numerusform>عدد الأقسام التي وُجدت: %n</numerusform>
            <numerusform>عدد الأقسام التي وُجدت: %n</numerusform>
            <numerusform>عدد الأقسام التي وُجدت: %n</numerusform>
            <numerusform>عدد الأقسام التي وُجدت: %n</numerusform>
            <numerusform>عدد الأقسام التي وُجدت: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionTree</name>
    <message>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>The article&apos;s sections; press Enter to read one</source>
        <translation>أقسام المقالة؛ اضغط Enter لقراءة أحدها</translation>
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
        <translation>%1 أو %2</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>وظيفتها</translation>
    </message>
</context>
</TS>
