<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>This reader gives information only. It is not a substitute for a clinician&apos;s judgement: decisions about a patient&apos;s care belong to a qualified health worker.</source>
        <translation>Este leitor apenas fornece informações. Não substitui a avaliação de um profissional clínico: as decisões sobre os cuidados a um paciente cabem a um profissional de saúde qualificado.</translation>
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
        <translation>nenhuma: os folhetos impressos não indicam a fonte</translation>
    </message>
    <message>
        <source>none stated: ask the publisher before copying the text</source>
        <translation>não indicada: consulte a editora antes de copiar o texto</translation>
    </message>
    <message>
        <source>Source (printed)</source>
        <translation>Fonte (impressa)</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Procedência</translation>
    </message>
    <message>
        <source>Content licence</source>
        <translation>Licença do conteúdo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Edição</translation>
    </message>
    <message>
        <source>&lt;b&gt;Editorial corrections&lt;/b&gt; (changes made to the original text):</source>
        <translation>&lt;b&gt;Correções editoriais&lt;/b&gt; (alterações feitas no texto original):</translation>
    </message>
    <message>
        <source>“%1” → “%2”</source>
        <extracomment>An editorial correction: %1 the original text, %2 the corrected one</extracomment>
        <translation>“%1” → “%2”</translation>
    </message>
    <message>
        <source>added “%1”</source>
        <extracomment>An editorial correction that added a text (%1)</extracomment>
        <translation>adicionado “%1”</translation>
    </message>
    <message>
        <source>Content bundle</source>
        <translation>Arquivo de conteúdo</translation>
    </message>
    <message>
        <source>Built</source>
        <translation>Criado em</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Resumo (hash)</translation>
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
        <translation>O leitor é distribuído sob a Licença Apache 2.0.

Esta cópia é executada a partir de uma instalação do Python: cada pacote que ela usa (PySide6 e Qt sob a LGPL-3.0, Python sob a licença PSF, e os demais) traz a sua própria licença nos seus metadados (&apos;pip show -f NOME&apos; lista os arquivos). Os instaladores trazem todos os textos de licença na sua pasta licences.</translation>
    </message>
    <message>
        <source>shipped with the reader</source>
        <translation>fornecido com o leitor</translation>
    </message>
    <message>
        <source>your library folder</source>
        <translation>sua pasta da biblioteca</translation>
    </message>
    <message>
        <source>this computer&apos;s library folder</source>
        <translation>pasta da biblioteca deste computador</translation>
    </message>
    <message>
        <source>named when the reader started</source>
        <translation>indicado ao iniciar o leitor</translation>
    </message>
    <message>
        <source>About this content</source>
        <translation>Sobre este conteúdo</translation>
    </message>
    <message>
        <source>Content information</source>
        <translation>Informações sobre o conteúdo</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licenças</translation>
    </message>
    <message>
        <source>Bundles of the library</source>
        <translation>Arquivos de conteúdo da biblioteca</translation>
    </message>
    <message>
        <source>&amp;Content</source>
        <translation>&amp;Conteúdo</translation>
    </message>
    <message>
        <source>&amp;Licences</source>
        <translation>&amp;Licenças</translation>
    </message>
    <message>
        <source>Li&amp;brary</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <source>File</source>
        <extracomment>The Library tab&apos;s columns: a bundle&apos;s file</extracomment>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Encontrado em</translation>
    </message>
    <message>
        <source>Check</source>
        <extracomment>The Library tab&apos;s columns: whether the bundle passed its check</extracomment>
        <translation>Verificação</translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <extracomment>The Library tab&apos;s summary: %1 is &quot;N bundle(s) read&quot;, %2 &quot;N file(s) left out&quot;</extracomment>
        <translation>%1; %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) read</source>
        <translation>
            <numerusform>%n arquivo de conteúdo lido</numerusform>
            <numerusform>%n arquivos de conteúdo lidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) left out</source>
        <translation>
            <numerusform>%n arquivo deixado de fora</numerusform>
            <numerusform>%n arquivos deixados de fora</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Divider between the sections and the article</source>
        <translation>Divisória entre as seções e o artigo</translation>
    </message>
    <message>
        <source>Resize the window</source>
        <translation>Redimensionar a janela</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Mais ferramentas</translation>
    </message>
    <message>
        <source>More tools: the ones the window is too narrow to show</source>
        <translation>Mais ferramentas: as que não cabem na largura da janela</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Add &amp;content…</source>
        <translation>Adicionar &amp;conteúdo…</translation>
    </message>
    <message>
        <source>Add content packs from a folder or USB drive</source>
        <translation>Adicionar pacotes de conteúdo de uma pasta ou unidade USB</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the current section or the whole article</source>
        <translation>Imprimir a seção atual ou o artigo inteiro</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportar PDF…</translation>
    </message>
    <message>
        <source>Save a PDF of a section or the article</source>
        <translation>Salvar um PDF de uma seção ou do artigo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Close the reader</source>
        <translation>Fechar o leitor</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <source>Go back to where you were before the last jump</source>
        <translation>Voltar ao ponto onde estava antes do último salto</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Avançar</translation>
    </message>
    <message>
        <source>Go forward again</source>
        <translation>Avançar novamente</translation>
    </message>
    <message>
        <source>&amp;Top of the article</source>
        <translation>&amp;Início do artigo</translation>
    </message>
    <message>
        <source>Go to the start of the article</source>
        <translation>Ir para o início do artigo</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <source>Every article: find one by its title and open it</source>
        <translation>Todos os artigos: encontre um pelo título e abra-o</translation>
    </message>
    <message>
        <source>Next &amp;pane</source>
        <translation>Próximo pai&amp;nel</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next pane</source>
        <translation>Mover o foco do teclado para o próximo painel</translation>
    </message>
    <message>
        <source>Pre&amp;vious pane</source>
        <translation>Painel ante&amp;rior</translation>
    </message>
    <message>
        <source>Move the focus to the previous pane</source>
        <translation>Mover o foco para o painel anterior</translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation>&amp;Seções</translation>
    </message>
    <message>
        <source>Show or hide the list of sections beside the text</source>
        <translation>Mostrar ou ocultar a lista de seções ao lado do texto</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Aumentar</translation>
    </message>
    <message>
        <source>Make the text larger</source>
        <translation>Aumentar o texto</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Diminuir</translation>
    </message>
    <message>
        <source>Make the text smaller</source>
        <translation>Diminuir o texto</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>Tamanho &amp;normal</translation>
    </message>
    <message>
        <source>Text at its normal size</source>
        <translation>Texto no tamanho normal</translation>
    </message>
    <message>
        <source>Read &amp;aloud</source>
        <translation>&amp;Ler em voz alta</translation>
    </message>
    <message>
        <source>Read the section, or the selection, aloud; again to stop</source>
        <translation>Ler em voz alta a seção ou a seleção; de novo para parar</translation>
    </message>
    <message>
        <source>&amp;Pause reading</source>
        <translation>&amp;Pausar leitura</translation>
    </message>
    <message>
        <source>Pause the reading aloud, or go on</source>
        <translation>Pausar a leitura em voz alta ou continuar</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Como o &amp;sistema</translation>
    </message>
    <message>
        <source>Light, dark or high contrast as the system is set</source>
        <translation>Claro, escuro ou alto contraste, conforme a configuração do sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>Dark text on a light background</source>
        <translation>Texto escuro sobre fundo claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Escuro</translation>
    </message>
    <message>
        <source>Light text on a dark background</source>
        <translation>Texto claro sobre fundo escuro</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <source>White and yellow text on black</source>
        <translation>Texto branco e amarelo sobre fundo preto</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Pesquisar…</translation>
    </message>
    <message>
        <source>Search the article</source>
        <translation>Pesquisar no artigo</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Próxi&amp;ma ocorrência</translation>
    </message>
    <message>
        <source>Go to the next match</source>
        <translation>Ir para a próxima ocorrência</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>Ocorrência an&amp;terior</translation>
    </message>
    <message>
        <source>Go to the previous match</source>
        <translation>Ir para a ocorrência anterior</translation>
    </message>
    <message>
        <source>&amp;Clear search</source>
        <translation>&amp;Limpar pesquisa</translation>
    </message>
    <message>
        <source>Clear the search and its marks, back to reading</source>
        <translation>Limpar a pesquisa e as marcações e voltar à leitura</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>Every key the reader answers to</source>
        <translation>Todas as teclas às quais o leitor responde</translation>
    </message>
    <message>
        <source>&amp;About this content…</source>
        <translation>&amp;Sobre este conteúdo…</translation>
    </message>
    <message>
        <source>Versions, source, edition and corrections</source>
        <translation>Versões, fonte, edição e correções</translation>
    </message>
    <message>
        <source>In the search box: open the top result (or the one selected)</source>
        <translation>Na caixa de pesquisa: abrir o primeiro resultado (ou o selecionado)</translation>
    </message>
    <message>
        <source>In the search box: move into the results</source>
        <translation>Na caixa de pesquisa: ir para os resultados</translation>
    </message>
    <message>
        <source>On the first result: back to the search box</source>
        <translation>No primeiro resultado: voltar à caixa de pesquisa</translation>
    </message>
    <message>
        <source>In the results or the list of sections: open it</source>
        <translation>Nos resultados ou na lista de seções: abrir o item</translation>
    </message>
    <message>
        <source>Over the text: larger or smaller</source>
        <translation>Sobre o texto: maior ou menor</translation>
    </message>
</context>
<context>
    <name>AddContentController</name>
    <message>
        <source>Folder or USB drive with content packs</source>
        <translation>Pasta ou unidade USB com pacotes de conteúdo</translation>
    </message>
    <message>
        <source>Adding content…</source>
        <translation>Adicionando conteúdo…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Add content</source>
        <translation>Adicionar conteúdo</translation>
    </message>
    <message>
        <source>Adding %1 (%2 of %3)…</source>
        <translation>Adicionando %1 (%2 de %3)…</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (versão %2)</translation>
    </message>
    <message>
        <source>Added: %1.</source>
        <translation>Adicionado: %1.</translation>
    </message>
    <message>
        <source>Added from the next start: %1.</source>
        <translation>Adicionado; aparecerá na próxima abertura do leitor: %1.</translation>
    </message>
    <message>
        <source>Added: %1. The reader shows it now.</source>
        <translation>Adicionado: %1. O leitor já o mostra.</translation>
    </message>
    <message>
        <source>Added: %1. This window shows only the files it was opened with (--bundle): start the reader without them to read it.</source>
        <translation>Adicionado: %1. Esta janela mostra apenas os arquivos com que foi aberta (--bundle): inicie o leitor sem eles para lê-lo.</translation>
    </message>
    <message>
        <source>Added: %1. The reader has the version it replaces open, so it waits beside it, checked: close the reader and open it again to read it.</source>
        <translation>Adicionado: %1. O leitor está com a versão anterior aberta, por isso a nova fica guardada ao lado, já verificada: feche o leitor e abra-o de novo para lê-la.</translation>
    </message>
    <message>
        <source>Cancelled: the pack being copied was not added, and nothing of it was left behind.</source>
        <translation>Cancelado: o pacote que estava sendo copiado não foi adicionado, e nada dele ficou no computador.</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Não adicionado: %1</translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>Nada foi adicionado.</translation>
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
        <translation>novo</translation>
    </message>
    <message>
        <source>update from v%1 to v%2</source>
        <translation>atualização da v%1 para a v%2</translation>
    </message>
    <message>
        <source>already installed</source>
        <translation>já instalado</translation>
    </message>
    <message>
        <source>older than the installed v%1</source>
        <translation>mais antigo que a v%1 instalada</translation>
    </message>
    <message>
        <source>same pack id, another publisher key</source>
        <translation>mesmo identificador de pacote, outra chave da editora</translation>
    </message>
    <message>
        <source>untrusted publisher</source>
        <translation>editora não aprovada</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>não assinado</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>danificado</translation>
    </message>
    <message>
        <source>not a content pack</source>
        <translation>não é um pacote de conteúdo</translation>
    </message>
    <message>
        <source>The publisher did not sign this pack, so the reader cannot tell who made it. Ask the publisher for a signed copy.</source>
        <translation>A editora não assinou este pacote, por isso o leitor não pode saber quem o criou. Peça à editora uma cópia assinada.</translation>
    </message>
    <message>
        <source>This file is damaged or was changed after it was made. Copy it again from the publisher.</source>
        <translation>Este arquivo está danificado ou foi alterado depois de ser criado. Copie-o de novo a partir do original da editora.</translation>
    </message>
    <message>
        <source>This file is not a reader content pack.</source>
        <translation>Este arquivo não é um pacote de conteúdo do leitor.</translation>
    </message>
    <message>
        <source>A pack with the same name is installed from another publisher key. The administrator must remove it first if the publisher really changed keys.</source>
        <translation>Já está instalado um pacote com o mesmo nome, mas com outra chave da editora. Se a editora realmente mudou de chave, o administrador deve primeiro removê-lo.</translation>
    </message>
    <message>
        <source>Add content</source>
        <translation>Adicionar conteúdo</translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation>Escolher &amp;pasta…</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Conteúdo</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Editora</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Content packs found</source>
        <translation>Pacotes de conteúdo encontrados</translation>
    </message>
    <message>
        <source>&amp;Add selected</source>
        <translation>&amp;Adicionar selecionados</translation>
    </message>
    <message>
        <source>Insert the USB drive, then choose its folder.</source>
        <translation>Insira a unidade USB e depois escolha a pasta dela.</translation>
    </message>
    <message>
        <source>Content packs in %1:</source>
        <translation>Pacotes de conteúdo em %1:</translation>
    </message>
    <message>
        <source>No content packs (*.sqlite files) in %1.</source>
        <translation>Nenhum pacote de conteúdo (arquivos *.sqlite) em %1.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n selected</source>
        <translation>
            <numerusform>&amp;Adicionar %n selecionado</numerusform>
            <numerusform>&amp;Adicionar %n selecionados</numerusform>
        </translation>
    </message>
    <message>
        <source>This pack is signed by key &lt;b&gt;%1&lt;/b&gt;, which this computer does not trust yet.&lt;br&gt;To add packs from this publisher, the clinic&apos;s administrator:&lt;br&gt;1. gets the publisher&apos;s key file (&lt;i&gt;PUBLISHER.pub&lt;/i&gt;) and checks by phone or in person that its key id is &lt;b&gt;%1&lt;/b&gt;;&lt;br&gt;2. runs, as administrator: &lt;tt&gt;reader trust add --system PUBLISHER.pub&lt;/tt&gt;&lt;br&gt;3. opens File › Add content… again.</source>
        <translation>Este pacote está assinado pela chave &lt;b&gt;%1&lt;/b&gt;, que este computador ainda não aprovou.&lt;br&gt;Para adicionar pacotes desta editora, o administrador da clínica:&lt;br&gt;1. obtém o arquivo de chave da editora (&lt;i&gt;PUBLISHER.pub&lt;/i&gt;) e confirma por telefone ou pessoalmente que o identificador da chave é &lt;b&gt;%1&lt;/b&gt;;&lt;br&gt;2. executa, como administrador: &lt;tt&gt;reader trust add --system PUBLISHER.pub&lt;/tt&gt;&lt;br&gt;3. abre de novo Arquivo › Adicionar conteúdo…</translation>
    </message>
    <message>
        <source>%1 (v%2), from %3</source>
        <translation>%1 (v%2), de %3</translation>
    </message>
    <message>
        <source>%1: signed by a trusted publisher (key %2), checked and ready to add.</source>
        <translation>%1: assinado por uma editora aprovada (chave %2), verificado e pronto para ser adicionado.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: version %2 of this pack is already in the library; nothing to add.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: a versão %2 deste pacote já está na biblioteca; não há nada a adicionar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; cannot be added: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; não pode ser adicionado: %2</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Details were written to %1.</source>
        <translation>Os detalhes foram gravados em %1.</translation>
    </message>
    <message>
        <source>The reader&apos;s content cannot be opened.</source>
        <translation>Não é possível abrir o conteúdo do leitor.</translation>
    </message>
    <message>
        <source>The reader could not start because of an unexpected error.</source>
        <translation>O leitor não pôde ser iniciado devido a um erro inesperado.</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>Text size</source>
        <translation>Tamanho do texto</translation>
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
        <translation>Edição</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Editora</translation>
    </message>
</context>
<context>
    <name>ArticleSwitcher</name>
    <message>
        <source>Edition: %1</source>
        <extracomment>An article&apos;s tooltip in the section tree, under its title: %1 is its edition</extracomment>
        <translation>Edição: %1</translation>
    </message>
</context>
<context>
    <name>ArticleText</name>
    <message numerus="yes">
        <source>Table, %n row(s): %1.</source>
        <extracomment>What a screen reader says before a table: %n its rows (under the header), %1 its columns&apos; names</extracomment>
        <translation>
            <numerusform>Tabela, %n linha: %1.</numerusform>
            <numerusform>Tabela, %n linhas: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContentView</name>
    <message>
        <source>The text of the article; scroll or use the section tree to move</source>
        <translation>O texto do artigo; role ou use a árvore de seções para navegar</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artigo</translation>
    </message>
</context>
<context>
    <name>ExceptionHandler</name>
    <message>
        <source>Details were written to %1.</source>
        <translation>Os detalhes foram gravados em %1.</translation>
    </message>
    <message>
        <source>Something went wrong, but the reader is still running.</source>
        <translation>Ocorreu um problema, mas o leitor continua funcionando.</translation>
    </message>
</context>
<context>
    <name>ExternalLinkDialog</name>
    <message>
        <source>Link not opened</source>
        <translation>Link não aberto</translation>
    </message>
    <message>
        <source>This reader works offline, so it does not open links to the web or to email.
The address is:</source>
        <translation>Este leitor funciona sem internet, por isso não abre links da web nem de e-mail.
O endereço é:</translation>
    </message>
    <message>
        <source>Link address</source>
        <translation>Endereço do link</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>&amp;Copiar endereço</translation>
    </message>
    <message>
        <source>Copy the address to the clipboard</source>
        <translation>Copiar o endereço para a área de transferência</translation>
    </message>
    <message>
        <source>Copied</source>
        <extracomment>The Copy address button, once it has copied</extracomment>
        <translation>Copiado</translation>
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
        <translation>Primeira</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Próxima</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Última</translation>
    </message>
    <message>
        <source>One page</source>
        <translation>Uma página</translation>
    </message>
    <message>
        <source>Two pages</source>
        <translation>Duas páginas</translation>
    </message>
    <message>
        <source>All pages</source>
        <translation>Todas as páginas</translation>
    </message>
    <message>
        <source>%1: open an article first.</source>
        <translation>%1: abra um artigo primeiro.</translation>
    </message>
    <message>
        <source>This cannot be laid out.</source>
        <translation>Não foi possível montar as páginas.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Visualizar impressão</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved.</source>
        <translation>Não foi possível salvar o PDF.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to %1</source>
        <translation>
            <numerusform>%n página salva em %1</numerusform>
            <numerusform>%n páginas salvas em %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a printer and print this handout</source>
        <translation>Escolher uma impressora e imprimir este folheto</translation>
    </message>
</context>
<context>
    <name>HeadingAccessible</name>
    <message>
        <source>Heading level %1</source>
        <extracomment>What a screen reader says of a heading: %1 is its level, 1 to 6</extracomment>
        <translation>Título de nível %1</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>The reader will use %1 the next time it starts.</source>
        <translation>O leitor será exibido em %1 na próxima vez que for aberto.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Como o sistema</translation>
    </message>
    <message>
        <source>The language the computer&apos;s interface is set to, if the reader has it</source>
        <translation>O idioma definido na interface do computador, se o leitor o oferecer</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>The library could not be read again: %1</source>
        <translation>Não foi possível ler a biblioteca novamente: %1</translation>
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
            <numerusform>%n artigo: Enter ou um clique o abre</numerusform>
            <numerusform>%n artigos: Enter ou um clique abre um deles</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by title, edition, source or publisher</source>
        <translation>Filtrar por título, edição, fonte ou editora</translation>
    </message>
    <message>
        <source>Filter articles</source>
        <translation>Filtrar artigos</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artigos</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Current section</source>
        <translation>Seção atual</translation>
    </message>
    <message>
        <source>This article cannot be shown: %1</source>
        <translation>Não é possível mostrar este artigo: %1</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Your settings could not be saved in %1.</source>
        <translation>Não foi possível salvar as suas configurações em %1.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Cores</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Menor</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Maior</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Ler em voz alta</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Seções</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Ferramentas</translation>
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
        <translation>Não há nenhuma impressora instalada neste computador.</translation>
    </message>
    <message>
        <source>The handout cannot be printed here. Export it as a PDF to print it on another computer or to send it.</source>
        <translation>Não é possível imprimir o folheto aqui. Exporte-o como PDF para imprimi-lo em outro computador ou para enviá-lo.</translation>
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
        <translation>Aviso da biblioteca</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Detalhes…</translation>
    </message>
    <message>
        <source>Help › About this content › Library: every bundle and why one was left out</source>
        <extracomment>Names the menu, its entry and the dialog&apos;s tab as they are translated</extracomment>
        <translation>Ajuda › Sobre este conteúdo › Biblioteca: cada arquivo de conteúdo e por que algum foi deixado de fora</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Close the library notice</source>
        <translation>Fechar o aviso da biblioteca</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of the library could not be used and were left out; the other articles are here.</source>
        <translation>
            <numerusform>%n arquivo da biblioteca não pôde ser usado e foi deixado de fora; os outros artigos estão aqui.</numerusform>
            <numerusform>%n arquivos da biblioteca não puderam ser usados e foram deixados de fora; os outros artigos estão aqui.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; and %n more.</source>
        <extracomment>The files left out beyond those named: %1 the ones named, %n how many more</extracomment>
        <translation>
            <numerusform>%1; e mais %n.</numerusform>
            <numerusform>%1; e mais %n.</numerusform>
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
        <translation>Impresso em %1</translation>
    </message>
    <message>
        <source>Information only; follow the advice of the clinician treating you.</source>
        <translation>Apenas informativo; siga as orientações do profissional de saúde responsável pelo seu tratamento.</translation>
    </message>
    <message>
        <source>Edition: %1</source>
        <translation>Edição: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fonte: %1</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>no speech engine works</source>
        <translation>nenhum sintetizador de voz funciona</translation>
    </message>
    <message>
        <source>Read aloud cannot start: %1.</source>
        <extracomment>%1 is why: &quot;no speech engine works&quot;</extracomment>
        <translation>Não é possível iniciar a leitura em voz alta: %1.</translation>
    </message>
    <message>
        <source>There is nothing to read here.</source>
        <translation>Não há nada para ler aqui.</translation>
    </message>
    <message>
        <source>No voice for %1 is installed on this computer.</source>
        <extracomment>%1 is a language&apos;s name, in that language</extracomment>
        <translation>Nenhuma voz para %1 está instalada neste computador.</translation>
    </message>
    <message>
        <source>the speech engine failed</source>
        <translation>o sintetizador de voz falhou</translation>
    </message>
    <message>
        <source>Read aloud stopped: %1.</source>
        <extracomment>%1 is why: the speech engine&apos;s message, or &quot;the speech engine failed&quot;</extracomment>
        <translation>Leitura em voz alta interrompida: %1.</translation>
    </message>
</context>
<context>
    <name>ReadAloudActions</name>
    <message>
        <source>Read aloud is not available: this reader was installed without Qt&apos;s speech module.</source>
        <translation>A leitura em voz alta não está disponível: este leitor foi instalado sem o módulo de voz do Qt.</translation>
    </message>
    <message>
        <source>&amp;Resume reading</source>
        <translation>&amp;Retomar leitura</translation>
    </message>
    <message>
        <source>&amp;Pause reading</source>
        <translation>&amp;Pausar leitura</translation>
    </message>
</context>
<context>
    <name>ScopeDialog</name>
    <message>
        <source>This &amp;section: %1</source>
        <extracomment>A choice of what to print or export: %1 is the section&apos;s title</extracomment>
        <translation>Esta &amp;seção: %1</translation>
    </message>
    <message>
        <source>This &amp;article: %1</source>
        <extracomment>A choice of what to print or export: %1 is the article&apos;s title</extracomment>
        <translation>Este &amp;artigo: %1</translation>
    </message>
    <message>
        <source>%1: what to include</source>
        <extracomment>%1 is what is asked for: Print, or Export PDF</extracomment>
        <translation>%1: o que incluir</translation>
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
        <translation>Digite as palavras a pesquisar; os resultados aparecem à medida que digita</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <extracomment>The search box&apos;s placeholder: &quot;Search&quot; as in finding words in the articles; keep the key</extracomment>
        <translation>Pesquisar (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <extracomment>The search box&apos;s name for screen readers: finding words in the articles</extracomment>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Limpar a pesquisa</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Search matches</source>
        <translation>Ocorrências da pesquisa</translation>
    </message>
    <message>
        <source>Nothing to open: no section matches this search.</source>
        <translation>Nada para abrir: nenhuma seção corresponde a esta pesquisa.</translation>
    </message>
    <message>
        <source>F3: next match · Shift+F3: previous · Esc: clear the search</source>
        <translation>F3: próxima ocorrência · Shift+F3: anterior · Esc: limpar a pesquisa</translation>
    </message>
    <message>
        <source>Search cannot be used: this content&apos;s search index is damaged.</source>
        <translation>Não é possível pesquisar: o índice de pesquisa deste conteúdo está danificado.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n ocorrência</numerusform>
            <numerusform>%n ocorrências</numerusform>
        </translation>
    </message>
    <message>
        <source>match %1 of %2</source>
        <translation>ocorrência %1 de %2</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search status</source>
        <translation>Estado da pesquisa</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados da pesquisa</translation>
    </message>
    <message>
        <source>Up and Down move through the results; Enter opens one</source>
        <translation>As setas para cima e para baixo percorrem os resultados; Enter abre um</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>Showing results for &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Resultados para &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;original&quot;&gt;Search instead for “%1”&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;original&quot;&gt;Pesquisar “%1” em vez disso&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No results for “%1”.</source>
        <translation>Nenhum resultado para “%1”.</translation>
    </message>
    <message>
        <source>Did you mean &lt;a href=&quot;suggestion&quot;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/a&gt;?</source>
        <translation>Quis dizer &lt;a href=&quot;suggestion&quot;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/a&gt;?</translation>
    </message>
    <message>
        <source>No section mentions %1.</source>
        <translation>Nenhuma seção menciona %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) found</source>
        <translation>
            <numerusform>%n seção encontrada</numerusform>
            <numerusform>%n seções encontradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionTree</name>
    <message>
        <source>Sections</source>
        <translation>Seções</translation>
    </message>
    <message>
        <source>The article&apos;s sections; press Enter to read one</source>
        <translation>As seções do artigo; pressione Enter para ler uma</translation>
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
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>O que fazem</translation>
    </message>
</context>
</TS>
