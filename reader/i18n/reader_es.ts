<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>This reader gives information only. It is not a substitute for a clinician&apos;s judgement: decisions about a patient&apos;s care belong to a qualified health worker.</source>
        <translation>Este lector solo ofrece información. No sustituye el criterio de un profesional clínico: las decisiones sobre la atención de un paciente corresponden a un profesional de la salud cualificado.</translation>
    </message>
    <message>
        <source>Reader %1</source>
        <extracomment>The About page&apos;s title: the application&apos;s name and its version</extracomment>
        <translation>Reader %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Medical notice.&lt;/b&gt; %1</source>
        <extracomment>%1 is the medical notice</extracomment>
        <translation>&lt;b&gt;Aviso médico.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>none: handouts print no source</source>
        <translation>ninguna: las hojas para el paciente no indican la fuente</translation>
    </message>
    <message>
        <source>none stated: ask the publisher before copying the text</source>
        <translation>no indicada: consulte al editor antes de copiar el texto</translation>
    </message>
    <message>
        <source>Source (printed)</source>
        <translation>Fuente (impresa)</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Procedencia</translation>
    </message>
    <message>
        <source>Content licence</source>
        <translation>Licencia del contenido</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Edición</translation>
    </message>
    <message>
        <source>&lt;b&gt;Editorial corrections&lt;/b&gt; (changes made to the original text):</source>
        <translation>&lt;b&gt;Correcciones editoriales&lt;/b&gt; (cambios hechos en el texto original):</translation>
    </message>
    <message>
        <source>“%1” → “%2”</source>
        <extracomment>An editorial correction: %1 the original text, %2 the corrected one</extracomment>
        <translation>«%1» → «%2»</translation>
    </message>
    <message>
        <source>added “%1”</source>
        <extracomment>An editorial correction that added a text (%1)</extracomment>
        <translation>agregado «%1»</translation>
    </message>
    <message>
        <source>Content bundle</source>
        <translation>Archivo de contenido</translation>
    </message>
    <message>
        <source>Built</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Huella</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>The reader is licensed under the Apache License 2.0.

This copy runs from a Python installation: each package it uses (PySide6 and Qt under the LGPL-3.0, Python under the PSF licence, and the others) carries its own licence in its metadata (&apos;pip show -f NAME&apos; lists the files). The installers carry every licence text in their licences folder.</source>
        <translation>El lector se distribuye bajo la licencia Apache 2.0.

Esta copia se ejecuta desde una instalación de Python: cada paquete que usa (PySide6 y Qt bajo la LGPL-3.0, Python bajo la licencia PSF, y los demás) incluye su propia licencia en sus metadatos (&apos;pip show -f NOMBRE&apos; muestra sus archivos). Los instaladores incluyen todos los textos de licencia en su carpeta «licences».</translation>
    </message>
    <message>
        <source>shipped with the reader</source>
        <translation>incluido con el lector</translation>
    </message>
    <message>
        <source>your library folder</source>
        <translation>su carpeta de biblioteca</translation>
    </message>
    <message>
        <source>this computer&apos;s library folder</source>
        <translation>la carpeta de biblioteca de este equipo</translation>
    </message>
    <message>
        <source>named when the reader started</source>
        <translation>indicado al iniciar el lector</translation>
    </message>
    <message>
        <source>About this content</source>
        <translation>Acerca de este contenido</translation>
    </message>
    <message>
        <source>Content information</source>
        <translation>Información del contenido</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <source>Bundles of the library</source>
        <translation>Archivos de contenido de la biblioteca</translation>
    </message>
    <message>
        <source>&amp;Content</source>
        <translation>&amp;Contenido</translation>
    </message>
    <message>
        <source>&amp;Licences</source>
        <translation>&amp;Licencias</translation>
    </message>
    <message>
        <source>Li&amp;brary</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <source>File</source>
        <extracomment>The Library tab&apos;s columns: a bundle&apos;s file</extracomment>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Check</source>
        <extracomment>The Library tab&apos;s columns: whether the bundle passed its check</extracomment>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <extracomment>The Library tab&apos;s summary: %1 is &quot;N bundle(s) read&quot;, %2 &quot;N file(s) left out&quot;</extracomment>
        <translation>%1; %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) read</source>
        <translation>
            <numerusform>%n archivo de contenido leído</numerusform>
            <numerusform>%n archivos de contenido leídos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) left out</source>
        <translation>
            <numerusform>%n archivo excluido</numerusform>
            <numerusform>%n archivos excluidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Divider between the sections and the article</source>
        <translation>Separador entre las secciones y el artículo</translation>
    </message>
    <message>
        <source>Resize the window</source>
        <translation>Cambiar el tamaño de la ventana</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Más herramientas</translation>
    </message>
    <message>
        <source>More tools: the ones the window is too narrow to show</source>
        <translation>Más herramientas: las que no caben porque la ventana es demasiado estrecha</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Add &amp;content…</source>
        <translation>Agregar &amp;contenido…</translation>
    </message>
    <message>
        <source>Add content packs from a folder or USB drive</source>
        <translation>Agregar paquetes de contenido desde una carpeta o una memoria USB</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the current section or the whole article</source>
        <translation>Imprimir la sección actual o todo el artículo</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportar PDF…</translation>
    </message>
    <message>
        <source>Save a PDF of a section or the article</source>
        <translation>Guardar un PDF de una sección o del artículo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close the reader</source>
        <translation>Cerrar el lector</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Go back to where you were before the last jump</source>
        <translation>Volver a donde estaba antes del último salto</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <source>Go forward again</source>
        <translation>Volver a avanzar</translation>
    </message>
    <message>
        <source>&amp;Top of the article</source>
        <translation>&amp;Inicio del artículo</translation>
    </message>
    <message>
        <source>Go to the start of the article</source>
        <translation>Ir al inicio del artículo</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <source>Every article: find one by its title and open it</source>
        <translation>Todos los artículos: busque uno por su título y ábralo</translation>
    </message>
    <message>
        <source>Next &amp;pane</source>
        <translation>&amp;Panel siguiente</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next pane</source>
        <translation>Mover el foco del teclado al panel siguiente</translation>
    </message>
    <message>
        <source>Pre&amp;vious pane</source>
        <translation>Panel an&amp;terior</translation>
    </message>
    <message>
        <source>Move the focus to the previous pane</source>
        <translation>Mover el foco al panel anterior</translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation>&amp;Secciones</translation>
    </message>
    <message>
        <source>Show or hide the list of sections beside the text</source>
        <translation>Mostrar u ocultar la lista de secciones junto al texto</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Make the text larger</source>
        <translation>Hacer el texto más grande</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Re&amp;ducir</translation>
    </message>
    <message>
        <source>Make the text smaller</source>
        <translation>Hacer el texto más pequeño</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>Tamaño &amp;normal</translation>
    </message>
    <message>
        <source>Text at its normal size</source>
        <translation>Texto en su tamaño normal</translation>
    </message>
    <message>
        <source>Read &amp;aloud</source>
        <translation>&amp;Leer en voz alta</translation>
    </message>
    <message>
        <source>Read the section, or the selection, aloud; again to stop</source>
        <translation>Leer en voz alta la sección o la selección; otra vez para detener</translation>
    </message>
    <message>
        <source>&amp;Pause reading</source>
        <translation>&amp;Pausar la lectura</translation>
    </message>
    <message>
        <source>Pause the reading aloud, or go on</source>
        <translation>Pausar la lectura en voz alta, o continuarla</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Según el &amp;sistema</translation>
    </message>
    <message>
        <source>Light, dark or high contrast as the system is set</source>
        <translation>Claro, oscuro o alto contraste según la configuración del sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>Dark text on a light background</source>
        <translation>Texto oscuro sobre fondo claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>Light text on a dark background</source>
        <translation>Texto claro sobre fondo oscuro</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <source>White and yellow text on black</source>
        <translation>Texto blanco y amarillo sobre fondo negro</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>B&amp;uscar…</translation>
    </message>
    <message>
        <source>Search the article</source>
        <translation>Buscar en el artículo</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <source>Go to the next match</source>
        <translation>Ir a la coincidencia siguiente</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>Buscar a&amp;nterior</translation>
    </message>
    <message>
        <source>Go to the previous match</source>
        <translation>Ir a la coincidencia anterior</translation>
    </message>
    <message>
        <source>&amp;Clear search</source>
        <translation>Bo&amp;rrar la búsqueda</translation>
    </message>
    <message>
        <source>Clear the search and its marks, back to reading</source>
        <translation>Borrar la búsqueda y sus marcas, y volver a la lectura</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Every key the reader answers to</source>
        <translation>Todas las teclas a las que responde el lector</translation>
    </message>
    <message>
        <source>&amp;About this content…</source>
        <translation>&amp;Acerca de este contenido…</translation>
    </message>
    <message>
        <source>Versions, source, edition and corrections</source>
        <translation>Versiones, fuente, edición y correcciones</translation>
    </message>
    <message>
        <source>In the search box: open the top result (or the one selected)</source>
        <translation>En el cuadro de búsqueda: abrir el primer resultado (o el seleccionado)</translation>
    </message>
    <message>
        <source>In the search box: move into the results</source>
        <translation>En el cuadro de búsqueda: pasar a los resultados</translation>
    </message>
    <message>
        <source>On the first result: back to the search box</source>
        <translation>En el primer resultado: volver al cuadro de búsqueda</translation>
    </message>
    <message>
        <source>In the results or the list of sections: open it</source>
        <translation>En los resultados o en la lista de secciones: abrir el elegido</translation>
    </message>
    <message>
        <source>Over the text: larger or smaller</source>
        <translation>Sobre el texto: más grande o más pequeño</translation>
    </message>
</context>
<context>
    <name>AddContentController</name>
    <message>
        <source>Folder or USB drive with content packs</source>
        <translation>Carpeta o memoria USB con paquetes de contenido</translation>
    </message>
    <message>
        <source>Adding content…</source>
        <translation>Agregando contenido…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Add content</source>
        <translation>Agregar contenido</translation>
    </message>
    <message>
        <source>Adding %1 (%2 of %3)…</source>
        <translation>Agregando %1 (%2 de %3)…</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (versión %2)</translation>
    </message>
    <message>
        <source>Added: %1.</source>
        <translation>Contenido agregado: %1.</translation>
    </message>
    <message>
        <source>Added from the next start: %1.</source>
        <translation>Contenido agregado, disponible desde el próximo inicio: %1.</translation>
    </message>
    <message>
        <source>Added: %1. The reader shows it now.</source>
        <translation>Contenido agregado: %1. El lector ya lo muestra.</translation>
    </message>
    <message>
        <source>Added: %1. This window shows only the files it was opened with (--bundle): start the reader without them to read it.</source>
        <translation>Contenido agregado: %1. Esta ventana solo muestra los archivos con los que se abrió (--bundle): inicie el lector sin ellos para leerlo.</translation>
    </message>
    <message>
        <source>Added: %1. The reader has the version it replaces open, so it waits beside it, checked: close the reader and open it again to read it.</source>
        <translation>Contenido agregado: %1. El lector tiene abierta la versión anterior, así que el nuevo contenido queda en espera, ya verificado: cierre el lector y vuelva a abrirlo para leerlo.</translation>
    </message>
    <message>
        <source>Cancelled: the pack being copied was not added, and nothing of it was left behind.</source>
        <translation>Cancelado: el paquete que se estaba copiando no se agregó y no quedó nada de él.</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>No se agregó: %1</translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>No se agregó nada.</translation>
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
        <translation>nuevo</translation>
    </message>
    <message>
        <source>update from v%1 to v%2</source>
        <translation>actualización de v%1 a v%2</translation>
    </message>
    <message>
        <source>already installed</source>
        <translation>ya instalado</translation>
    </message>
    <message>
        <source>older than the installed v%1</source>
        <translation>más antiguo que la v%1 instalada</translation>
    </message>
    <message>
        <source>same pack id, another publisher key</source>
        <translation>mismo identificador de paquete, otra clave de editor</translation>
    </message>
    <message>
        <source>untrusted publisher</source>
        <translation>editor no aprobado</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>sin firma</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>dañado</translation>
    </message>
    <message>
        <source>not a content pack</source>
        <translation>no es un paquete de contenido</translation>
    </message>
    <message>
        <source>The publisher did not sign this pack, so the reader cannot tell who made it. Ask the publisher for a signed copy.</source>
        <translation>El editor no firmó este paquete, así que el lector no puede saber quién lo hizo. Pida al editor una copia firmada.</translation>
    </message>
    <message>
        <source>This file is damaged or was changed after it was made. Copy it again from the publisher.</source>
        <translation>Este archivo está dañado o se modificó después de crearse. Vuelva a copiarlo desde el original del editor.</translation>
    </message>
    <message>
        <source>This file is not a reader content pack.</source>
        <translation>Este archivo no es un paquete de contenido del lector.</translation>
    </message>
    <message>
        <source>A pack with the same name is installed from another publisher key. The administrator must remove it first if the publisher really changed keys.</source>
        <translation>Ya hay instalado un paquete con el mismo nombre pero con otra clave de editor. Si el editor realmente cambió de clave, el administrador debe quitarlo primero.</translation>
    </message>
    <message>
        <source>Add content</source>
        <translation>Agregar contenido</translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation>&amp;Elegir carpeta…</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Content packs found</source>
        <translation>Paquetes de contenido encontrados</translation>
    </message>
    <message>
        <source>&amp;Add selected</source>
        <translation>&amp;Agregar selección</translation>
    </message>
    <message>
        <source>Insert the USB drive, then choose its folder.</source>
        <translation>Inserte la memoria USB y luego elija su carpeta.</translation>
    </message>
    <message>
        <source>Content packs in %1:</source>
        <translation>Paquetes de contenido en %1:</translation>
    </message>
    <message>
        <source>No content packs (*.sqlite files) in %1.</source>
        <translation>No hay paquetes de contenido (archivos *.sqlite) en %1.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n selected</source>
        <translation>
            <numerusform>&amp;Agregar %n seleccionado</numerusform>
            <numerusform>&amp;Agregar %n seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>This pack is signed by key &lt;b&gt;%1&lt;/b&gt;, which this computer does not trust yet.&lt;br&gt;To add packs from this publisher, the clinic&apos;s administrator:&lt;br&gt;1. gets the publisher&apos;s key file (&lt;i&gt;PUBLISHER.pub&lt;/i&gt;) and checks by phone or in person that its key id is &lt;b&gt;%1&lt;/b&gt;;&lt;br&gt;2. runs, as administrator: &lt;tt&gt;reader trust add --system PUBLISHER.pub&lt;/tt&gt;&lt;br&gt;3. opens File › Add content… again.</source>
        <translation>Este paquete está firmado con la clave &lt;b&gt;%1&lt;/b&gt;, que este equipo aún no ha aprobado.&lt;br&gt;Para agregar paquetes de este editor, el administrador del centro de salud:&lt;br&gt;1. obtiene el archivo de clave del editor (&lt;i&gt;PUBLISHER.pub&lt;/i&gt;) y comprueba por teléfono o en persona que su identificador de clave es &lt;b&gt;%1&lt;/b&gt;;&lt;br&gt;2. ejecuta, como administrador: &lt;tt&gt;reader trust add --system PUBLISHER.pub&lt;/tt&gt;&lt;br&gt;3. vuelve a abrir Archivo › Agregar contenido…</translation>
    </message>
    <message>
        <source>%1 (v%2), from %3</source>
        <translation>%1 (v%2), de %3</translation>
    </message>
    <message>
        <source>%1: signed by a trusted publisher (key %2), checked and ready to add.</source>
        <translation>%1: firmado por un editor aprobado (clave %2), verificado y listo para agregar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: version %2 of this pack is already in the library; nothing to add.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: la versión %2 de este paquete ya está en la biblioteca; no hay nada que agregar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; cannot be added: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; no se puede agregar: %2</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Details were written to %1.</source>
        <translation>Los detalles se guardaron en %1.</translation>
    </message>
    <message>
        <source>The reader&apos;s content cannot be opened.</source>
        <translation>No se puede abrir el contenido del lector.</translation>
    </message>
    <message>
        <source>The reader could not start because of an unexpected error.</source>
        <translation>El lector no pudo iniciarse debido a un error inesperado.</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Text size %1 pt</source>
        <extracomment>The status bar&apos;s text size: %1 is the size in points</extracomment>
        <translation>Texto %1 pt</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Edición</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
</context>
<context>
    <name>ArticleSwitcher</name>
    <message>
        <source>Edition: %1</source>
        <extracomment>An article&apos;s tooltip in the section tree, under its title: %1 is its edition</extracomment>
        <translation>Edición: %1</translation>
    </message>
</context>
<context>
    <name>ArticleText</name>
    <message numerus="yes">
        <source>Table, %n row(s): %1.</source>
        <extracomment>What a screen reader says before a table: %n its rows (under the header), %1 its columns&apos; names</extracomment>
        <translation>
            <numerusform>Tabla, %n fila: %1.</numerusform>
            <numerusform>Tabla, %n filas: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContentView</name>
    <message>
        <source>The text of the article; scroll or use the section tree to move</source>
        <translation>El texto del artículo; desplácese o use el árbol de secciones para moverse</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
</context>
<context>
    <name>ExceptionHandler</name>
    <message>
        <source>Details were written to %1.</source>
        <translation>Los detalles se guardaron en %1.</translation>
    </message>
    <message>
        <source>Something went wrong, but the reader is still running.</source>
        <translation>Algo salió mal, pero el lector sigue funcionando.</translation>
    </message>
</context>
<context>
    <name>ExternalLinkDialog</name>
    <message>
        <source>Link not opened</source>
        <translation>Enlace no abierto</translation>
    </message>
    <message>
        <source>This reader works offline, so it does not open links to the web or to email.
The address is:</source>
        <translation>Este lector funciona sin conexión, así que no abre enlaces a la web ni al correo electrónico.
La dirección es:</translation>
    </message>
    <message>
        <source>Link address</source>
        <translation>Dirección del enlace</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>&amp;Copiar dirección</translation>
    </message>
    <message>
        <source>Copy the address to the clipboard</source>
        <translation>Copiar la dirección al portapapeles</translation>
    </message>
    <message>
        <source>Copied</source>
        <extracomment>The Copy address button, once it has copied</extracomment>
        <translation>Copiada</translation>
    </message>
</context>
<context>
    <name>HandoutActions</name>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Primera</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Última</translation>
    </message>
    <message>
        <source>One page</source>
        <translation>Una página</translation>
    </message>
    <message>
        <source>Two pages</source>
        <translation>Dos páginas</translation>
    </message>
    <message>
        <source>All pages</source>
        <translation>Todas las páginas</translation>
    </message>
    <message>
        <source>%1: open an article first.</source>
        <translation>%1: abra primero un artículo.</translation>
    </message>
    <message>
        <source>This cannot be laid out.</source>
        <translation>No se pueden preparar las páginas.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved.</source>
        <translation>No se pudo guardar el PDF.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to %1</source>
        <translation>
            <numerusform>Se guardó %n página en %1</numerusform>
            <numerusform>Se guardaron %n páginas en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a printer and print this handout</source>
        <translation>Elegir una impresora e imprimir esta hoja para el paciente</translation>
    </message>
</context>
<context>
    <name>HeadingAccessible</name>
    <message>
        <source>Heading level %1</source>
        <extracomment>What a screen reader says of a heading: %1 is its level, 1 to 6</extracomment>
        <translation>Encabezado de nivel %1</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>The reader will use %1 the next time it starts.</source>
        <translation>El lector usará el idioma %1 la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>The language the computer&apos;s interface is set to, if the reader has it</source>
        <translation>El idioma configurado en la interfaz del equipo, si el lector lo tiene</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>The library could not be read again: %1</source>
        <translation>No se pudo volver a leer la biblioteca: %1</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Library</source>
        <extracomment>The library page&apos;s heading</extracomment>
        <translation>Biblioteca</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s): Enter or a click opens one</source>
        <translation>
            <numerusform>%n artículo: Enter o un clic lo abre</numerusform>
            <numerusform>%n artículos: Enter o un clic abre uno</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by title, edition, source or publisher</source>
        <translation>Filtrar por título, edición, fuente o editor</translation>
    </message>
    <message>
        <source>Filter articles</source>
        <translation>Filtrar artículos</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Current section</source>
        <translation>Sección actual</translation>
    </message>
    <message>
        <source>This article cannot be shown: %1</source>
        <translation>No se puede mostrar este artículo: %1</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Your settings could not be saved in %1.</source>
        <translation>No se pudo guardar su configuración en %1.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Colores</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Reducir</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Leer en voz alta</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
</context>
<context>
    <name>NoPrinterMessage</name>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>No printer is installed on this computer.</source>
        <translation>No hay ninguna impresora instalada en este equipo.</translation>
    </message>
    <message>
        <source>The handout cannot be printed here. Export it as a PDF to print it on another computer or to send it.</source>
        <translation>La hoja para el paciente no se puede imprimir aquí. Expórtela como PDF para imprimirla en otro equipo o para enviarla.</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Library notice</source>
        <translation>Aviso de la biblioteca</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Detalles…</translation>
    </message>
    <message>
        <source>Help › About this content › Library: every bundle and why one was left out</source>
        <extracomment>Names the menu, its entry and the dialog&apos;s tab as they are translated</extracomment>
        <translation>Ayuda › Acerca de este contenido › Biblioteca: todos los archivos de contenido y por qué se excluyó alguno</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the library notice</source>
        <translation>Cerrar el aviso de la biblioteca</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of the library could not be used and were left out; the other articles are here.</source>
        <translation>
            <numerusform>%n archivo de la biblioteca no se pudo usar y se excluyó; los demás artículos están aquí.</numerusform>
            <numerusform>%n archivos de la biblioteca no se pudieron usar y se excluyeron; los demás artículos están aquí.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; and %n more.</source>
        <extracomment>The files left out beyond those named: %1 the ones named, %n how many more</extracomment>
        <translation>
            <numerusform>%1; y %n más.</numerusform>
            <numerusform>%1; y %n más.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PagedHandout</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Impreso el %1</translation>
    </message>
    <message>
        <source>Information only; follow the advice of the clinician treating you.</source>
        <translation>Solo con fines informativos; siga los consejos del profesional de salud que le atiende.</translation>
    </message>
    <message>
        <source>Edition: %1</source>
        <translation>Edición: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>no speech engine works</source>
        <translation>no funciona ningún motor de voz</translation>
    </message>
    <message>
        <source>Read aloud cannot start: %1.</source>
        <extracomment>%1 is why: &quot;no speech engine works&quot;</extracomment>
        <translation>No se puede iniciar la lectura en voz alta: %1.</translation>
    </message>
    <message>
        <source>There is nothing to read here.</source>
        <translation>Aquí no hay nada que leer.</translation>
    </message>
    <message>
        <source>No voice for %1 is installed on this computer.</source>
        <extracomment>%1 is a language&apos;s name, in that language</extracomment>
        <translation>No hay ninguna voz para el idioma %1 instalada en este equipo.</translation>
    </message>
    <message>
        <source>the speech engine failed</source>
        <translation>falló el motor de voz</translation>
    </message>
    <message>
        <source>Read aloud stopped: %1.</source>
        <extracomment>%1 is why: the speech engine&apos;s message, or &quot;the speech engine failed&quot;</extracomment>
        <translation>Lectura en voz alta detenida: %1.</translation>
    </message>
</context>
<context>
    <name>ReadAloudActions</name>
    <message>
        <source>Read aloud is not available: this reader was installed without Qt&apos;s speech module.</source>
        <translation>La lectura en voz alta no está disponible: este lector se instaló sin el módulo de voz de Qt.</translation>
    </message>
    <message>
        <source>&amp;Resume reading</source>
        <translation>&amp;Reanudar la lectura</translation>
    </message>
    <message>
        <source>&amp;Pause reading</source>
        <translation>&amp;Pausar la lectura</translation>
    </message>
</context>
<context>
    <name>ScopeDialog</name>
    <message>
        <source>This &amp;section: %1</source>
        <extracomment>A choice of what to print or export: %1 is the section&apos;s title</extracomment>
        <translation>Esta &amp;sección: %1</translation>
    </message>
    <message>
        <source>This &amp;article: %1</source>
        <extracomment>A choice of what to print or export: %1 is the article&apos;s title</extracomment>
        <translation>Este a&amp;rtículo: %1</translation>
    </message>
    <message>
        <source>%1: what to include</source>
        <extracomment>%1 is what is asked for: Print, or Export PDF</extracomment>
        <translation>%1: qué incluir</translation>
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
        <translation>Escriba las palabras que busca; los resultados aparecen mientras escribe</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <extracomment>The search box&apos;s placeholder: &quot;Search&quot; as in finding words in the articles; keep the key</extracomment>
        <translation>Buscar (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <extracomment>The search box&apos;s name for screen readers: finding words in the articles</extracomment>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Search matches</source>
        <translation>Coincidencias de la búsqueda</translation>
    </message>
    <message>
        <source>Nothing to open: no section matches this search.</source>
        <translation>Nada que abrir: ninguna sección coincide con esta búsqueda.</translation>
    </message>
    <message>
        <source>F3: next match · Shift+F3: previous · Esc: clear the search</source>
        <translation>F3: siguiente coincidencia · Shift+F3: anterior · Esc: borrar la búsqueda</translation>
    </message>
    <message>
        <source>Search cannot be used: this content&apos;s search index is damaged.</source>
        <translation>No se puede buscar: el índice de búsqueda de este contenido está dañado.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n coincidencia</numerusform>
            <numerusform>%n coincidencias</numerusform>
        </translation>
    </message>
    <message>
        <source>match %1 of %2</source>
        <translation>coincidencia %1 de %2</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Up and Down move through the results; Enter opens one</source>
        <translation>Las flechas arriba y abajo recorren los resultados; Enter abre uno</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>Showing results for &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Se muestran resultados para &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;original&quot;&gt;Search instead for “%1”&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;original&quot;&gt;Buscar en su lugar «%1»&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No results for “%1”.</source>
        <translation>No hay resultados para «%1».</translation>
    </message>
    <message>
        <source>Did you mean &lt;a href=&quot;suggestion&quot;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/a&gt;?</source>
        <translation>¿Quiso decir &lt;a href=&quot;suggestion&quot;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/a&gt;?</translation>
    </message>
    <message>
        <source>No section mentions %1.</source>
        <translation>Ninguna sección menciona %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) found</source>
        <translation>
            <numerusform>%n sección encontrada</numerusform>
            <numerusform>%n secciones encontradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionTree</name>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>The article&apos;s sections; press Enter to read one</source>
        <translation>Las secciones del artículo; presione Enter para leer una</translation>
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
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
</context>
</TS>
