; The setup's own words in each of its languages (reader.nsi inserts the languages first; NSIS
; translates its standard pages itself). UTF-8: reader.nsi includes it with /CHARSET=UTF8.
; Portuguese: Brazil's words for Portugal too. Swahili: NSIS has no Swahili, so the setup is in
; English there (the reader itself is in Swahili).

LangString NoticeTop ${LANG_ENGLISH} "Please read this notice."
LangString NoticeTop ${LANG_FRENCH} "Veuillez lire cet avertissement."
LangString NoticeTop ${LANG_SPANISH} "Lea este aviso."
LangString NoticeTop ${LANG_PORTUGUESEBR} "Leia este aviso."
LangString NoticeTop ${LANG_PORTUGUESE} "Leia este aviso."
LangString NoticeTop ${LANG_ARABIC} "يرجى قراءة هذا التنبيه."

LangString NoticeButton ${LANG_ENGLISH} "I understand"
LangString NoticeButton ${LANG_FRENCH} "J'ai compris"
LangString NoticeButton ${LANG_SPANISH} "Entendido"
LangString NoticeButton ${LANG_PORTUGUESEBR} "Entendi"
LangString NoticeButton ${LANG_PORTUGUESE} "Entendi"
LangString NoticeButton ${LANG_ARABIC} "فهمت"

LangString LicencesTop ${LANG_ENGLISH} "Licences: the reader (Apache-2.0) and the software it carries. Every licence text is in the licenses folder of the program folder."
LangString LicencesTop ${LANG_FRENCH} "Licences : le lecteur (Apache-2.0) et les logiciels qu'il contient. Le texte de chaque licence se trouve dans le dossier licenses du dossier du programme."
LangString LicencesTop ${LANG_SPANISH} "Licencias: el lector (Apache-2.0) y el software que incluye. El texto de cada licencia está en la carpeta licenses de la carpeta del programa."
LangString LicencesTop ${LANG_PORTUGUESEBR} "Licenças: o leitor (Apache-2.0) e o software que ele inclui. O texto de cada licença está na pasta licenses da pasta do programa."
LangString LicencesTop ${LANG_PORTUGUESE} "Licenças: o leitor (Apache-2.0) e o software que ele inclui. O texto de cada licença está na pasta licenses da pasta do programa."
LangString LicencesTop ${LANG_ARABIC} "التراخيص: القارئ (Apache-2.0) والبرامج التي يتضمّنها. نص كل ترخيص موجود في المجلد licenses داخل مجلد البرنامج."

LangString UserDataTop ${LANG_ENGLISH} "Your settings, reading place, log and library stay unless you tick the box."
LangString UserDataTop ${LANG_FRENCH} "Vos réglages, votre position de lecture, votre journal et votre bibliothèque sont conservés, sauf si vous cochez la case."
LangString UserDataTop ${LANG_SPANISH} "Su configuración, su punto de lectura, su registro y su biblioteca se conservan, salvo que marque la casilla."
LangString UserDataTop ${LANG_PORTUGUESEBR} "Suas configurações, sua posição de leitura, seu registro e sua biblioteca são mantidos, a menos que você marque a caixa."
LangString UserDataTop ${LANG_PORTUGUESE} "Suas configurações, sua posição de leitura, seu registro e sua biblioteca são mantidos, a menos que você marque a caixa."
LangString UserDataTop ${LANG_ARABIC} "تبقى إعداداتك وموضع قراءتك وسجلّك ومكتبتك ما لم تحدّد المربع."

LangString FolderRefused ${LANG_ENGLISH} "$INSTDIR is not empty, and it is not an earlier installation of ${APP}.$\r$\n$\r$\n${APP} installs only into an empty or new folder, so that uninstalling it never removes anything else. Choose another folder, such as $PROGRAMFILES64\${APP}."
LangString FolderRefused ${LANG_FRENCH} "$INSTDIR n'est pas vide, et ce n'est pas une installation précédente de ${APP}.$\r$\n$\r$\n${APP} s'installe uniquement dans un dossier vide ou nouveau, pour que sa désinstallation ne supprime jamais rien d'autre. Choisissez un autre dossier, par exemple $PROGRAMFILES64\${APP}."
LangString FolderRefused ${LANG_SPANISH} "$INSTDIR no está vacía y no es una instalación anterior de ${APP}.$\r$\n$\r$\n${APP} solo se instala en una carpeta vacía o nueva, para que al desinstalarlo nunca se elimine nada más. Elija otra carpeta, por ejemplo $PROGRAMFILES64\${APP}."
LangString FolderRefused ${LANG_PORTUGUESEBR} "$INSTDIR não está vazia e não é uma instalação anterior do ${APP}.$\r$\n$\r$\nO ${APP} só é instalado em uma pasta vazia ou nova, para que a desinstalação nunca remova mais nada. Escolha outra pasta, por exemplo $PROGRAMFILES64\${APP}."
LangString FolderRefused ${LANG_PORTUGUESE} "$INSTDIR não está vazia e não é uma instalação anterior do ${APP}.$\r$\n$\r$\nO ${APP} só é instalado em uma pasta vazia ou nova, para que a desinstalação nunca remova mais nada. Escolha outra pasta, por exemplo $PROGRAMFILES64\${APP}."
LangString FolderRefused ${LANG_ARABIC} "المجلد $INSTDIR ليس فارغًا، وليس تثبيتًا سابقًا لـ ${APP}.$\r$\n$\r$\nيُثبَّت ${APP} في مجلد فارغ أو جديد فقط، حتى لا تحذف إزالته أي شيء آخر أبدًا. اختر مجلدًا آخر، مثل $PROGRAMFILES64\${APP}."

LangString PathTooLong ${LANG_ENGLISH} "PATH is too long for this setup to change safely, so it was left as it is.$\r$\n$\r$\nTo use reader-cli from any folder, add $INSTDIR to PATH yourself."
LangString PathTooLong ${LANG_FRENCH} "PATH est trop long pour que ce programme d'installation le modifie sans risque : il a été laissé tel quel.$\r$\n$\r$\nPour utiliser reader-cli depuis n'importe quel dossier, ajoutez vous-même $INSTDIR à PATH."
LangString PathTooLong ${LANG_SPANISH} "PATH es demasiado largo para que este instalador lo modifique con seguridad, así que se ha dejado como estaba.$\r$\n$\r$\nPara usar reader-cli desde cualquier carpeta, añada usted mismo $INSTDIR a PATH."
LangString PathTooLong ${LANG_PORTUGUESEBR} "O PATH é longo demais para este instalador alterá-lo com segurança, então ele foi deixado como estava.$\r$\n$\r$\nPara usar o reader-cli de qualquer pasta, adicione você mesmo $INSTDIR ao PATH."
LangString PathTooLong ${LANG_PORTUGUESE} "O PATH é longo demais para este instalador alterá-lo com segurança, então ele foi deixado como estava.$\r$\n$\r$\nPara usar o reader-cli de qualquer pasta, adicione você mesmo $INSTDIR ao PATH."
LangString PathTooLong ${LANG_ARABIC} "متغير PATH أطول من أن يغيّره برنامج الإعداد هذا بأمان، لذا تُرك كما هو.$\r$\n$\r$\nلاستخدام reader-cli من أي مجلد، أضف $INSTDIR إلى PATH بنفسك."

LangString SecMainName ${LANG_ENGLISH} "Reader (required)"
LangString SecMainName ${LANG_FRENCH} "Reader (obligatoire)"
LangString SecMainName ${LANG_SPANISH} "Reader (obligatorio)"
LangString SecMainName ${LANG_PORTUGUESEBR} "Reader (obrigatório)"
LangString SecMainName ${LANG_PORTUGUESE} "Reader (obrigatório)"
LangString SecMainName ${LANG_ARABIC} "Reader (مطلوب)"

LangString SecDesktopName ${LANG_ENGLISH} "Desktop shortcut"
LangString SecDesktopName ${LANG_FRENCH} "Raccourci sur le bureau"
LangString SecDesktopName ${LANG_SPANISH} "Acceso directo en el escritorio"
LangString SecDesktopName ${LANG_PORTUGUESEBR} "Atalho na área de trabalho"
LangString SecDesktopName ${LANG_PORTUGUESE} "Atalho na área de trabalho"
LangString SecDesktopName ${LANG_ARABIC} "اختصار على سطح المكتب"

LangString SecPathName ${LANG_ENGLISH} "Command line: reader-cli on PATH"
LangString SecPathName ${LANG_FRENCH} "Ligne de commande : reader-cli dans PATH"
LangString SecPathName ${LANG_SPANISH} "Línea de comandos: reader-cli en PATH"
LangString SecPathName ${LANG_PORTUGUESEBR} "Linha de comando: reader-cli no PATH"
LangString SecPathName ${LANG_PORTUGUESE} "Linha de comando: reader-cli no PATH"
LangString SecPathName ${LANG_ARABIC} "سطر الأوامر: reader-cli في PATH"

LangString SecUserDataName ${LANG_ENGLISH} "Also remove my settings, log and library (%LOCALAPPDATA%\reader)"
LangString SecUserDataName ${LANG_FRENCH} "Supprimer aussi mes réglages, mon journal et ma bibliothèque (%LOCALAPPDATA%\reader)"
LangString SecUserDataName ${LANG_SPANISH} "Eliminar también mi configuración, mi registro y mi biblioteca (%LOCALAPPDATA%\reader)"
LangString SecUserDataName ${LANG_PORTUGUESEBR} "Remover também minhas configurações, meu registro e minha biblioteca (%LOCALAPPDATA%\reader)"
LangString SecUserDataName ${LANG_PORTUGUESE} "Remover também minhas configurações, meu registro e minha biblioteca (%LOCALAPPDATA%\reader)"
LangString SecUserDataName ${LANG_ARABIC} "إزالة إعداداتي وسجلّي ومكتبتي أيضًا (%LOCALAPPDATA%\reader)"

LangString NoticeBottom ${LANG_ENGLISH} "Click I understand to go on."
LangString NoticeBottom ${LANG_FRENCH} "Cliquez sur J'ai compris pour continuer."
LangString NoticeBottom ${LANG_SPANISH} "Haga clic en Entendido para continuar."
LangString NoticeBottom ${LANG_PORTUGUESEBR} "Clique em Entendi para continuar."
LangString NoticeBottom ${LANG_PORTUGUESE} "Clique em Entendi para continuar."
LangString NoticeBottom ${LANG_ARABIC} "انقر على «فهمت» للمتابعة."

; The medical notice, as the first page shows it.
LicenseLangString NoticeFile ${LANG_ENGLISH} "${NOTICE}"
LicenseLangString NoticeFile ${LANG_FRENCH} "${__FILEDIR__}/notice_fr.txt"
LicenseLangString NoticeFile ${LANG_SPANISH} "${__FILEDIR__}/notice_es.txt"
LicenseLangString NoticeFile ${LANG_PORTUGUESEBR} "${__FILEDIR__}/notice_pt.txt"
LicenseLangString NoticeFile ${LANG_PORTUGUESE} "${__FILEDIR__}/notice_pt.txt"
LicenseLangString NoticeFile ${LANG_ARABIC} "${__FILEDIR__}/notice_ar.txt"
