<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>This reader gives information only. It is not a substitute for a clinician&apos;s judgement: decisions about a patient&apos;s care belong to a qualified health worker.</source>
        <translation>Ce lecteur donne des informations seulement. Il ne remplace pas le jugement d&apos;un clinicien : les décisions sur les soins d&apos;un patient reviennent à un professionnel de santé qualifié.</translation>
    </message>
    <message>
        <source>Reader %1</source>
        <extracomment>The About page&apos;s title: the application&apos;s name and its version</extracomment>
        <translation>Reader %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Medical notice.&lt;/b&gt; %1</source>
        <extracomment>%1 is the medical notice</extracomment>
        <translation>&lt;b&gt;Avertissement médical.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>none: handouts print no source</source>
        <translation>aucune : les fiches imprimées n&apos;indiquent pas de source</translation>
    </message>
    <message>
        <source>none stated: ask the publisher before copying the text</source>
        <translation>non précisée : demandez à l&apos;éditeur avant de copier le texte</translation>
    </message>
    <message>
        <source>Source (printed)</source>
        <translation>Source (imprimée)</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Content licence</source>
        <translation>Licence du contenu</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>&lt;b&gt;Editorial corrections&lt;/b&gt; (changes made to the original text):</source>
        <translation>&lt;b&gt;Corrections éditoriales&lt;/b&gt; (modifications apportées au texte original) :</translation>
    </message>
    <message>
        <source>“%1” → “%2”</source>
        <extracomment>An editorial correction: %1 the original text, %2 the corrected one</extracomment>
        <translation>« %1 » → « %2 »</translation>
    </message>
    <message>
        <source>added “%1”</source>
        <extracomment>An editorial correction that added a text (%1)</extracomment>
        <translation>ajouté « %1 »</translation>
    </message>
    <message>
        <source>Content bundle</source>
        <translation>Fichier de contenu</translation>
    </message>
    <message>
        <source>Built</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Logiciel</translation>
    </message>
    <message>
        <source>The reader is licensed under the Apache License 2.0.

This copy runs from a Python installation: each package it uses (PySide6 and Qt under the LGPL-3.0, Python under the PSF licence, and the others) carries its own licence in its metadata (&apos;pip show -f NAME&apos; lists the files). The installers carry every licence text in their licences folder.</source>
        <translation>Le lecteur est distribué sous la licence Apache 2.0.

Cette copie fonctionne depuis une installation Python : chaque paquet qu&apos;elle utilise (PySide6 et Qt sous LGPL-3.0, Python sous la licence PSF, et les autres) porte sa propre licence dans ses métadonnées (&apos;pip show -f NOM&apos; liste les fichiers). Les programmes d&apos;installation contiennent tous les textes de licence dans leur dossier licences.</translation>
    </message>
    <message>
        <source>shipped with the reader</source>
        <translation>fourni avec le lecteur</translation>
    </message>
    <message>
        <source>your library folder</source>
        <translation>votre dossier de bibliothèque</translation>
    </message>
    <message>
        <source>this computer&apos;s library folder</source>
        <translation>le dossier de bibliothèque de cet ordinateur</translation>
    </message>
    <message>
        <source>named when the reader started</source>
        <translation>indiqué au démarrage du lecteur</translation>
    </message>
    <message>
        <source>About this content</source>
        <translation>À propos de ce contenu</translation>
    </message>
    <message>
        <source>Content information</source>
        <translation>Informations sur le contenu</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Bundles of the library</source>
        <translation>Fichiers de contenu de la bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Content</source>
        <translation>&amp;Contenu</translation>
    </message>
    <message>
        <source>&amp;Licences</source>
        <translation>&amp;Licences</translation>
    </message>
    <message>
        <source>Li&amp;brary</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <source>File</source>
        <extracomment>The Library tab&apos;s columns: a bundle&apos;s file</extracomment>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Trouvé dans</translation>
    </message>
    <message>
        <source>Check</source>
        <extracomment>The Library tab&apos;s columns: whether the bundle passed its check</extracomment>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <extracomment>The Library tab&apos;s summary: %1 is &quot;N bundle(s) read&quot;, %2 &quot;N file(s) left out&quot;</extracomment>
        <translation>%1 ; %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) read</source>
        <translation>
            <numerusform>%n fichier de contenu lu</numerusform>
            <numerusform>%n fichiers de contenu lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) left out</source>
        <translation>
            <numerusform>%n fichier écarté</numerusform>
            <numerusform>%n fichiers écartés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Divider between the sections and the article</source>
        <translation>Séparateur entre les sections et l&apos;article</translation>
    </message>
    <message>
        <source>Resize the window</source>
        <translation>Redimensionner la fenêtre</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Plus d&apos;outils</translation>
    </message>
    <message>
        <source>More tools: the ones the window is too narrow to show</source>
        <translation>Plus d&apos;outils : ceux que la fenêtre est trop étroite pour afficher</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Add &amp;content…</source>
        <translation>Ajouter du &amp;contenu…</translation>
    </message>
    <message>
        <source>Add content packs from a folder or USB drive</source>
        <translation>Ajouter des paquets de contenu depuis un dossier ou une clé USB</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the current section or the whole article</source>
        <translation>Imprimer la section en cours ou tout l&apos;article</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <source>Save a PDF of a section or the article</source>
        <translation>Enregistrer un PDF d&apos;une section ou de l&apos;article</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close the reader</source>
        <translation>Fermer le lecteur</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Go back to where you were before the last jump</source>
        <translation>Revenir là où vous étiez avant le dernier saut</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>A&amp;vancer</translation>
    </message>
    <message>
        <source>Go forward again</source>
        <translation>Avancer de nouveau</translation>
    </message>
    <message>
        <source>&amp;Top of the article</source>
        <translation>&amp;Début de l&apos;article</translation>
    </message>
    <message>
        <source>Go to the start of the article</source>
        <translation>Aller au début de l&apos;article</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <source>Every article: find one by its title and open it</source>
        <translation>Tous les articles : trouvez-en un par son titre et ouvrez-le</translation>
    </message>
    <message>
        <source>Next &amp;pane</source>
        <translation>&amp;Volet suivant</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next pane</source>
        <translation>Placer le focus du clavier dans le volet suivant</translation>
    </message>
    <message>
        <source>Pre&amp;vious pane</source>
        <translation>Volet &amp;précédent</translation>
    </message>
    <message>
        <source>Move the focus to the previous pane</source>
        <translation>Placer le focus dans le volet précédent</translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation>&amp;Sections</translation>
    </message>
    <message>
        <source>Show or hide the list of sections beside the text</source>
        <translation>Afficher ou masquer la liste des sections à côté du texte</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Agrandir</translation>
    </message>
    <message>
        <source>Make the text larger</source>
        <translation>Agrandir le texte</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Réduire</translation>
    </message>
    <message>
        <source>Make the text smaller</source>
        <translation>Réduire le texte</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>Taille &amp;normale</translation>
    </message>
    <message>
        <source>Text at its normal size</source>
        <translation>Texte à sa taille normale</translation>
    </message>
    <message>
        <source>Read &amp;aloud</source>
        <translation>&amp;Lire à voix haute</translation>
    </message>
    <message>
        <source>Read the section, or the selection, aloud; again to stop</source>
        <translation>Lire à voix haute la section ou la sélection ; une seconde fois pour arrêter</translation>
    </message>
    <message>
        <source>&amp;Pause reading</source>
        <translation>Mettre la lecture en &amp;pause</translation>
    </message>
    <message>
        <source>Pause the reading aloud, or go on</source>
        <translation>Mettre en pause la lecture à voix haute, ou la reprendre</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Comme le &amp;système</translation>
    </message>
    <message>
        <source>Light, dark or high contrast as the system is set</source>
        <translation>Clair, sombre ou contraste élevé selon le réglage du système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>Dark text on a light background</source>
        <translation>Texte sombre sur fond clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>Light text on a dark background</source>
        <translation>Texte clair sur fond sombre</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>Contraste é&amp;levé</translation>
    </message>
    <message>
        <source>White and yellow text on black</source>
        <translation>Texte blanc et jaune sur fond noir</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>Search the article</source>
        <translation>Rechercher dans l&apos;article</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <source>Go to the next match</source>
        <translation>Aller à l&apos;occurrence suivante</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>Occurrence pré&amp;cédente</translation>
    </message>
    <message>
        <source>Go to the previous match</source>
        <translation>Aller à l&apos;occurrence précédente</translation>
    </message>
    <message>
        <source>&amp;Clear search</source>
        <translation>&amp;Effacer la recherche</translation>
    </message>
    <message>
        <source>Clear the search and its marks, back to reading</source>
        <translation>Effacer la recherche et ses marques, et reprendre la lecture</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every key the reader answers to</source>
        <translation>Toutes les touches auxquelles le lecteur répond</translation>
    </message>
    <message>
        <source>&amp;About this content…</source>
        <translation>À &amp;propos de ce contenu…</translation>
    </message>
    <message>
        <source>Versions, source, edition and corrections</source>
        <translation>Versions, source, édition et corrections</translation>
    </message>
    <message>
        <source>In the search box: open the top result (or the one selected)</source>
        <translation>Dans la zone de recherche : ouvrir le premier résultat (ou celui qui est sélectionné)</translation>
    </message>
    <message>
        <source>In the search box: move into the results</source>
        <translation>Dans la zone de recherche : aller dans les résultats</translation>
    </message>
    <message>
        <source>On the first result: back to the search box</source>
        <translation>Sur le premier résultat : revenir à la zone de recherche</translation>
    </message>
    <message>
        <source>In the results or the list of sections: open it</source>
        <translation>Dans les résultats ou la liste des sections : l&apos;ouvrir</translation>
    </message>
    <message>
        <source>Over the text: larger or smaller</source>
        <translation>Sur le texte : plus grand ou plus petit</translation>
    </message>
</context>
<context>
    <name>AddContentController</name>
    <message>
        <source>Folder or USB drive with content packs</source>
        <translation>Dossier ou clé USB contenant des paquets de contenu</translation>
    </message>
    <message>
        <source>Adding content…</source>
        <translation>Ajout du contenu…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Add content</source>
        <translation>Ajouter du contenu</translation>
    </message>
    <message>
        <source>Adding %1 (%2 of %3)…</source>
        <translation>Ajout de %1 (%2 sur %3)…</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>Added: %1.</source>
        <translation>Ajouté : %1.</translation>
    </message>
    <message>
        <source>Added from the next start: %1.</source>
        <translation>Ajouté à partir du prochain démarrage : %1.</translation>
    </message>
    <message>
        <source>Added: %1. The reader shows it now.</source>
        <translation>Ajouté : %1. Le lecteur l&apos;affiche maintenant.</translation>
    </message>
    <message>
        <source>Added: %1. This window shows only the files it was opened with (--bundle): start the reader without them to read it.</source>
        <translation>Ajouté : %1. Cette fenêtre n&apos;affiche que les fichiers avec lesquels elle a été ouverte (--bundle) : lancez le lecteur sans eux pour le lire.</translation>
    </message>
    <message>
        <source>Added: %1. The reader has the version it replaces open, so it waits beside it, checked: close the reader and open it again to read it.</source>
        <translation>Ajouté : %1. Le lecteur a ouvert la version qu&apos;il remplace ; il attend donc à côté, vérifié : fermez le lecteur et rouvrez-le pour le lire.</translation>
    </message>
    <message>
        <source>Cancelled: the pack being copied was not added, and nothing of it was left behind.</source>
        <translation>Annulé : le paquet en cours de copie n&apos;a pas été ajouté, et rien n&apos;en est resté.</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Non ajouté : %1</translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>Rien n&apos;a été ajouté.</translation>
    </message>
</context>
<context>
    <name>AddContentDialog</name>
    <message>
        <source>%1 KiB</source>
        <translation>%1 Kio</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>update from v%1 to v%2</source>
        <translation>mise à jour de v%1 à v%2</translation>
    </message>
    <message>
        <source>already installed</source>
        <translation>déjà installé</translation>
    </message>
    <message>
        <source>older than the installed v%1</source>
        <translation>plus ancien que la v%1 installée</translation>
    </message>
    <message>
        <source>same pack id, another publisher key</source>
        <translation>même identifiant de paquet, autre clé d&apos;éditeur</translation>
    </message>
    <message>
        <source>untrusted publisher</source>
        <translation>éditeur non approuvé</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>non signé</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>endommagé</translation>
    </message>
    <message>
        <source>not a content pack</source>
        <translation>pas un paquet de contenu</translation>
    </message>
    <message>
        <source>The publisher did not sign this pack, so the reader cannot tell who made it. Ask the publisher for a signed copy.</source>
        <translation>L&apos;éditeur n&apos;a pas signé ce paquet : le lecteur ne peut donc pas savoir qui l&apos;a fait. Demandez à l&apos;éditeur une copie signée.</translation>
    </message>
    <message>
        <source>This file is damaged or was changed after it was made. Copy it again from the publisher.</source>
        <translation>Ce fichier est endommagé ou a été modifié après sa création. Copiez-le de nouveau depuis l&apos;éditeur.</translation>
    </message>
    <message>
        <source>This file is not a reader content pack.</source>
        <translation>Ce fichier n&apos;est pas un paquet de contenu du lecteur.</translation>
    </message>
    <message>
        <source>A pack with the same name is installed from another publisher key. The administrator must remove it first if the publisher really changed keys.</source>
        <translation>Un paquet du même nom est installé avec une autre clé d&apos;éditeur. L&apos;administrateur doit d&apos;abord le retirer si l&apos;éditeur a réellement changé de clé.</translation>
    </message>
    <message>
        <source>Add content</source>
        <translation>Ajouter du contenu</translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation>Choisir un &amp;dossier…</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Content packs found</source>
        <translation>Paquets de contenu trouvés</translation>
    </message>
    <message>
        <source>&amp;Add selected</source>
        <translation>&amp;Ajouter la sélection</translation>
    </message>
    <message>
        <source>Insert the USB drive, then choose its folder.</source>
        <translation>Insérez la clé USB, puis choisissez son dossier.</translation>
    </message>
    <message>
        <source>Content packs in %1:</source>
        <translation>Paquets de contenu dans %1 :</translation>
    </message>
    <message>
        <source>No content packs (*.sqlite files) in %1.</source>
        <translation>Aucun paquet de contenu (fichiers *.sqlite) dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n selected</source>
        <translation>
            <numerusform>&amp;Ajouter %n paquet sélectionné</numerusform>
            <numerusform>&amp;Ajouter les %n paquets sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>This pack is signed by key &lt;b&gt;%1&lt;/b&gt;, which this computer does not trust yet.&lt;br&gt;To add packs from this publisher, the clinic&apos;s administrator:&lt;br&gt;1. gets the publisher&apos;s key file (&lt;i&gt;PUBLISHER.pub&lt;/i&gt;) and checks by phone or in person that its key id is &lt;b&gt;%1&lt;/b&gt;;&lt;br&gt;2. runs, as administrator: &lt;tt&gt;reader trust add --system PUBLISHER.pub&lt;/tt&gt;&lt;br&gt;3. opens File › Add content… again.</source>
        <translation>Ce paquet est signé par la clé &lt;b&gt;%1&lt;/b&gt;, que cet ordinateur n&apos;approuve pas encore.&lt;br&gt;Pour ajouter des paquets de cet éditeur, l&apos;administrateur du centre de santé :&lt;br&gt;1. obtient le fichier de clé de l&apos;éditeur (&lt;i&gt;PUBLISHER.pub&lt;/i&gt;) et vérifie par téléphone ou en personne que son identifiant de clé est &lt;b&gt;%1&lt;/b&gt; ;&lt;br&gt;2. exécute, en administrateur : &lt;tt&gt;reader trust add --system PUBLISHER.pub&lt;/tt&gt;&lt;br&gt;3. rouvre Fichier › Ajouter du contenu….</translation>
    </message>
    <message>
        <source>%1 (v%2), from %3</source>
        <translation>%1 (v%2), de %3</translation>
    </message>
    <message>
        <source>%1: signed by a trusted publisher (key %2), checked and ready to add.</source>
        <translation>%1 : signé par un éditeur approuvé (clé %2), vérifié et prêt à être ajouté.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: version %2 of this pack is already in the library; nothing to add.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; : la version %2 de ce paquet est déjà dans la bibliothèque ; rien à ajouter.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; cannot be added: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ne peut pas être ajouté : %2</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Details were written to %1.</source>
        <translation>Les détails ont été écrits dans %1.</translation>
    </message>
    <message>
        <source>The reader&apos;s content cannot be opened.</source>
        <translation>Le contenu du lecteur ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>The reader could not start because of an unexpected error.</source>
        <translation>Le lecteur n&apos;a pas pu démarrer à cause d&apos;une erreur inattendue.</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>Text size %1 pt</source>
        <extracomment>The status bar&apos;s text size: %1 is the size in points</extracomment>
        <translation>Texte %1 pt</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
</context>
<context>
    <name>ArticleSwitcher</name>
    <message>
        <source>Edition: %1</source>
        <extracomment>An article&apos;s tooltip in the section tree, under its title: %1 is its edition</extracomment>
        <translation>Édition : %1</translation>
    </message>
</context>
<context>
    <name>ArticleText</name>
    <message numerus="yes">
        <source>Table, %n row(s): %1.</source>
        <extracomment>What a screen reader says before a table: %n its rows (under the header), %1 its columns&apos; names</extracomment>
        <translation>
            <numerusform>Tableau, %n ligne : %1.</numerusform>
            <numerusform>Tableau, %n lignes : %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContentView</name>
    <message>
        <source>The text of the article; scroll or use the section tree to move</source>
        <translation>Le texte de l&apos;article ; faites défiler ou utilisez l&apos;arbre des sections pour vous déplacer</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
</context>
<context>
    <name>ExceptionHandler</name>
    <message>
        <source>Details were written to %1.</source>
        <translation>Les détails ont été écrits dans %1.</translation>
    </message>
    <message>
        <source>Something went wrong, but the reader is still running.</source>
        <translation>Un problème est survenu, mais le lecteur fonctionne toujours.</translation>
    </message>
</context>
<context>
    <name>ExternalLinkDialog</name>
    <message>
        <source>Link not opened</source>
        <translation>Lien non ouvert</translation>
    </message>
    <message>
        <source>This reader works offline, so it does not open links to the web or to email.
The address is:</source>
        <translation>Ce lecteur fonctionne hors ligne : il n&apos;ouvre pas les liens vers le web ou la messagerie.
L&apos;adresse est :</translation>
    </message>
    <message>
        <source>Link address</source>
        <translation>Adresse du lien</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>&amp;Copier l&apos;adresse</translation>
    </message>
    <message>
        <source>Copy the address to the clipboard</source>
        <translation>Copier l&apos;adresse dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copied</source>
        <extracomment>The Copy address button, once it has copied</extracomment>
        <translation>Copiée</translation>
    </message>
</context>
<context>
    <name>HandoutActions</name>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Première</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Dernière</translation>
    </message>
    <message>
        <source>One page</source>
        <translation>Une page</translation>
    </message>
    <message>
        <source>Two pages</source>
        <translation>Deux pages</translation>
    </message>
    <message>
        <source>All pages</source>
        <translation>Toutes les pages</translation>
    </message>
    <message>
        <source>%1: open an article first.</source>
        <translation>%1 : ouvrez d&apos;abord un article.</translation>
    </message>
    <message>
        <source>This cannot be laid out.</source>
        <translation>Ceci ne peut pas être mis en page.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved.</source>
        <translation>Le PDF n&apos;a pas pu être enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to %1</source>
        <translation>
            <numerusform>%n page enregistrée dans %1</numerusform>
            <numerusform>%n pages enregistrées dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a printer and print this handout</source>
        <translation>Choisir une imprimante et imprimer cette fiche</translation>
    </message>
</context>
<context>
    <name>HeadingAccessible</name>
    <message>
        <source>Heading level %1</source>
        <extracomment>What a screen reader says of a heading: %1 is its level, 1 to 6</extracomment>
        <translation>Titre de niveau %1</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>The reader will use %1 the next time it starts.</source>
        <translation>Le lecteur sera en %1 au prochain démarrage.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>The language the computer&apos;s interface is set to, if the reader has it</source>
        <translation>La langue de l&apos;interface de l&apos;ordinateur, si le lecteur la propose</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>The library could not be read again: %1</source>
        <translation>La bibliothèque n&apos;a pas pu être relue : %1</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Library</source>
        <extracomment>The library page&apos;s heading</extracomment>
        <translation>Bibliothèque</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s): Enter or a click opens one</source>
        <translation>
            <numerusform>%n article : Entrée ou un clic l&apos;ouvre</numerusform>
            <numerusform>%n articles : Entrée ou un clic en ouvre un</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by title, edition, source or publisher</source>
        <translation>Filtrer par titre, édition, source ou éditeur</translation>
    </message>
    <message>
        <source>Filter articles</source>
        <translation>Filtrer les articles</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Current section</source>
        <translation>Section en cours</translation>
    </message>
    <message>
        <source>This article cannot be shown: %1</source>
        <translation>Cet article ne peut pas être affiché : %1</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Your settings could not be saved in %1.</source>
        <translation>Vos réglages n&apos;ont pas pu être enregistrés dans %1.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Couleurs</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Avancer</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Plus petit</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Plus grand</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Lire à voix haute</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
</context>
<context>
    <name>NoPrinterMessage</name>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>No printer is installed on this computer.</source>
        <translation>Aucune imprimante n&apos;est installée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The handout cannot be printed here. Export it as a PDF to print it on another computer or to send it.</source>
        <translation>La fiche ne peut pas être imprimée ici. Exportez-la en PDF pour l&apos;imprimer sur un autre ordinateur ou pour l&apos;envoyer.</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Library notice</source>
        <translation>Avis de la bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Détails…</translation>
    </message>
    <message>
        <source>Help › About this content › Library: every bundle and why one was left out</source>
        <extracomment>Names the menu, its entry and the dialog&apos;s tab as they are translated</extracomment>
        <translation>Aide › À propos de ce contenu › Bibliothèque : chaque fichier de contenu et pourquoi il a été écarté</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the library notice</source>
        <translation>Fermer l&apos;avis de la bibliothèque</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of the library could not be used and were left out; the other articles are here.</source>
        <translation>
            <numerusform>%n fichier de la bibliothèque n&apos;a pas pu être utilisé et a été écarté ; les autres articles sont là.</numerusform>
            <numerusform>%n fichiers de la bibliothèque n&apos;ont pas pu être utilisés et ont été écartés ; les autres articles sont là.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; and %n more.</source>
        <extracomment>The files left out beyond those named: %1 the ones named, %n how many more</extracomment>
        <translation>
            <numerusform>%1 ; et %n autre.</numerusform>
            <numerusform>%1 ; et %n autres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PagedHandout</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Imprimé le %1</translation>
    </message>
    <message>
        <source>Information only; follow the advice of the clinician treating you.</source>
        <translation>Information seulement ; suivez les conseils du soignant qui vous traite.</translation>
    </message>
    <message>
        <source>Edition: %1</source>
        <translation>Édition : %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>no speech engine works</source>
        <translation>aucun moteur de synthèse vocale ne fonctionne</translation>
    </message>
    <message>
        <source>Read aloud cannot start: %1.</source>
        <extracomment>%1 is why: &quot;no speech engine works&quot;</extracomment>
        <translation>La lecture à voix haute ne peut pas démarrer : %1.</translation>
    </message>
    <message>
        <source>There is nothing to read here.</source>
        <translation>Il n&apos;y a rien à lire ici.</translation>
    </message>
    <message>
        <source>No voice for %1 is installed on this computer.</source>
        <extracomment>%1 is a language&apos;s name, in that language</extracomment>
        <translation>Aucune voix pour %1 n&apos;est installée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>the speech engine failed</source>
        <translation>le moteur de synthèse vocale a échoué</translation>
    </message>
    <message>
        <source>Read aloud stopped: %1.</source>
        <extracomment>%1 is why: the speech engine&apos;s message, or &quot;the speech engine failed&quot;</extracomment>
        <translation>Lecture à voix haute arrêtée : %1.</translation>
    </message>
</context>
<context>
    <name>ReadAloudActions</name>
    <message>
        <source>Read aloud is not available: this reader was installed without Qt&apos;s speech module.</source>
        <translation>La lecture à voix haute n&apos;est pas disponible : ce lecteur a été installé sans le module vocal de Qt.</translation>
    </message>
    <message>
        <source>&amp;Resume reading</source>
        <translation>&amp;Reprendre la lecture</translation>
    </message>
    <message>
        <source>&amp;Pause reading</source>
        <translation>Mettre la lecture en &amp;pause</translation>
    </message>
</context>
<context>
    <name>ScopeDialog</name>
    <message>
        <source>This &amp;section: %1</source>
        <extracomment>A choice of what to print or export: %1 is the section&apos;s title</extracomment>
        <translation>Cette &amp;section : %1</translation>
    </message>
    <message>
        <source>This &amp;article: %1</source>
        <extracomment>A choice of what to print or export: %1 is the article&apos;s title</extracomment>
        <translation>Cet &amp;article : %1</translation>
    </message>
    <message>
        <source>%1: what to include</source>
        <extracomment>%1 is what is asked for: Print, or Export PDF</extracomment>
        <translation>%1 : que faut-il inclure ?</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>Above the choices: %1 is what is asked for (Print, or Export PDF)</extracomment>
        <translation>%1 :</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Type words to find; results appear as you type</source>
        <translation>Tapez des mots à rechercher ; les résultats apparaissent pendant la saisie</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <extracomment>The search box&apos;s placeholder: &quot;Search&quot; as in finding words in the articles; keep the key</extracomment>
        <translation>Rechercher (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <extracomment>The search box&apos;s name for screen readers: finding words in the articles</extracomment>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Search matches</source>
        <translation>Occurrences de la recherche</translation>
    </message>
    <message>
        <source>Nothing to open: no section matches this search.</source>
        <translation>Rien à ouvrir : aucune section ne correspond à cette recherche.</translation>
    </message>
    <message>
        <source>F3: next match · Shift+F3: previous · Esc: clear the search</source>
        <translation>F3 : occurrence suivante · Maj+F3 : précédente · Échap : effacer la recherche</translation>
    </message>
    <message>
        <source>Search cannot be used: this content&apos;s search index is damaged.</source>
        <translation>La recherche est impossible : l&apos;index de recherche de ce contenu est endommagé.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n occurrence</numerusform>
            <numerusform>%n occurrences</numerusform>
        </translation>
    </message>
    <message>
        <source>match %1 of %2</source>
        <translation>occurrence %1 sur %2</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search status</source>
        <translation>État de la recherche</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Up and Down move through the results; Enter opens one</source>
        <translation>Haut et Bas parcourent les résultats ; Entrée en ouvre un</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>Showing results for &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Résultats pour &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;original&quot;&gt;Search instead for “%1”&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;original&quot;&gt;Rechercher plutôt « %1 »&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No results for “%1”.</source>
        <translation>Aucun résultat pour « %1 ».</translation>
    </message>
    <message>
        <source>Did you mean &lt;a href=&quot;suggestion&quot;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/a&gt;?</source>
        <translation>Vouliez-vous dire &lt;a href=&quot;suggestion&quot;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/a&gt; ?</translation>
    </message>
    <message>
        <source>No section mentions %1.</source>
        <translation>Aucune section ne mentionne %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) found</source>
        <translation>
            <numerusform>%n section trouvée</numerusform>
            <numerusform>%n sections trouvées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionTree</name>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>The article&apos;s sections; press Enter to read one</source>
        <translation>Les sections de l&apos;article ; appuyez sur Entrée pour en lire une</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>%1: %2</source>
        <extracomment>A shortcut&apos;s row: %1 is the action&apos;s name, %2 what it does</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <extracomment>Two keys that do the same thing: %1 the first (or the first ones), %2 the other</extracomment>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Ce qu&apos;elles font</translation>
    </message>
</context>
</TS>
