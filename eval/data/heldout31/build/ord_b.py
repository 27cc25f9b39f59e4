from common import ORD
ROWS = [
ORD("itsm_ticket", "de", "german_ticket_monitor_request", """
Ticketnummer: RITM0020310
Artikel: Hardware > Zusätzlicher Monitor
Angefordert für: Lukas Hoffmann (Produktion, Bielefeld)
Genehmigung: Vorgesetzter Jan Meyer – genehmigt am 07.12.2026

Beschreibung:
Hallo, für die Schichtplanung arbeite ich gleichzeitig mit dem ERP und der Excel-Planung. Ein zweiter Monitor würde mir sehr helfen. Mein Arbeitsplatz ist im Büro Halle 3, Platz 12. Eine Dockingstation ist schon vorhanden.

Arbeitsnotizen:
[07.12. 10:30] Thomas Krüger (Site IT): Dell P2425H aus dem Lager Bielefeld reserviert, Lieferung an den Arbeitsplatz am Mittwoch.

Status: In Bearbeitung
"""),
ORD("email", "de", "german_email_maintenance_notice", """
Von: IT Bielefeld <it-bielefeld@kestrelridge.example>
An: Alle Mitarbeitenden – Standort Bielefeld
Betreff: Wartungsfenster Netzwerk am Samstag, 12.12.2026
Datum: Mo., 7. Dez. 2026 08:15

Liebe Kolleginnen und Kollegen,

am Samstag, 12.12.2026, von 06:00 bis 10:00 Uhr tauschen wir die Core-Switches im Verwaltungsgebäude. In diesem Zeitraum sind Netzwerk, WLAN und Telefonie im Verwaltungsgebäude nicht verfügbar. Die Produktion in Halle 1–4 ist nicht betroffen.

Bitte fahren Sie am Freitag Ihre Desktop-PCs im Verwaltungsgebäude nicht herunter, damit wir danach die Verbindung prüfen können.

Bei Fragen erreichen Sie uns unter Durchwahl 4000.

Viele Grüße
Ihr IT-Team Bielefeld
"""),
ORD("kb_article", "fr", "french_kb_teams_background", """
KB0012330 – Utiliser un arrière-plan personnalisé dans Teams
Public : tous les employés   Mise à jour : 2026-11-05

Les arrière-plans officiels de Kestrel Ridge sont disponibles automatiquement dans Teams.

Pour en choisir un :
1. Avant de rejoindre une réunion, cliquez sur « Effets et avatars ».
2. Sélectionnez un des arrière-plans « KRC – … ».
3. Cliquez sur « Rejoindre maintenant ».

Pendant une réunion : cliquez sur « Plus » (…) > « Effets et avatars vidéo ».

Vous pouvez aussi importer votre propre image (format 1920 × 1080 recommandé). Merci de choisir une image professionnelle pour les réunions avec des clients.

Si l'option n'apparaît pas, vérifiez que Teams est à jour (Paramètres > À propos de Teams).
"""),
ORD("chat_message", "fr", "french_chat_printer_help", """
[Teams – Assistance IT (bot) – 07/12/2026 09:05]
Pierre Girard : Bonjour, je n'arrive pas à imprimer en couleur sur l'imprimante du rez-de-chaussée.
Assistance IT : Bonjour Pierre. L'imprimante MFP-LYON-RDC imprime en noir et blanc par défaut pour réduire les coûts. Pour imprimer en couleur, choisissez la file « MFP-LYON-RDC-Couleur » dans la liste des imprimantes.
Pierre Girard : Je ne la vois pas dans la liste.
Assistance IT : Elle est réservée au groupe Marketing Lyon. J'ai ouvert la demande RITM0020315 pour votre responsable ; après son accord, la file apparaîtra automatiquement.
Pierre Girard : D'accord, merci.
"""),
ORD("itsm_ticket", "es", "spanish_ticket_laptop_battery", """
Número: INC0048660
Solicitante: Ana Ruiz (Mesa de servicio, Madrid)
Categoría: Hardware > Portátil   Prioridad: 4 - Baja

Descripción breve: La batería del portátil dura menos de una hora

Descripción:
Mi portátil KRC-LT-2188 (Latitude 5440) se descarga en 50 minutos aunque solo uso Outlook y Teams. El informe de batería (powercfg /batteryreport) indica una capacidad actual del 41 % de la de diseño.

Notas de trabajo:
[10:15] Pablo Jiménez: Batería fuera de rango según la garantía de Dell (menos del 50 %). Caso de garantía abierto, técnico previsto para el jueves.

Estado: En espera – proveedor
"""),
ORD("vpn_log", "ja", "japanese_vpn_status_report", """
VPN 接続状況レポート（名古屋拠点）  集計日: 2026-12-07
対象ゲートウェイ: vpn-ngy-01

時間帯        同時接続数(最大)  新規接続  切断(異常)  平均セッション時間
00:00-06:00        3              4          0          2時間10分
06:00-09:00       41             58          1          1時間45分
09:00-12:00       87             44          0          2時間55分
12:00-15:00       92             31          2          2時間20分
15:00-18:00       76             19          0          1時間50分
18:00-24:00       22             15          0          1時間05分

異常切断の内訳: DPD タイムアウト 3件（いずれも自宅回線の一時的な不調、再接続済み）
ライセンス使用率: 最大 92/150 (61%)
備考: 特記事項なし
"""),
ORD("email", "ja", "japanese_email_year_end_support", """
差出人: ITサービスデスク <servicedesk@kestrelridge.example>
宛先: 名古屋工場 全社員
件名: 年末年始のITサポート体制について
日付: 2026年12月7日 9:00

名古屋工場の皆さま

年末年始のITサポート体制をお知らせします。

・12月28日（月）：通常対応（9:00〜17:30）
・12月29日（火）〜1月3日（日）：休業（緊急時のみ当番が電話対応）
・1月4日（月）：通常対応

休業中の緊急連絡先：052-000-0000（生産ラインの停止など業務に重大な影響がある場合のみ）

休暇前に、ノートPCを一度再起動して更新プログラムを適用しておいてください。

よろしくお願いいたします。
ITサービスデスク
"""),
ORD("slack_export", "zh", "chinese_channel_meeting_room", """
{
  "channel": "#suzhou-office",
  "messages": [
    {"ts": "1765090800.000100", "name": "陈静 (IT)", "text": "大家好，三楼会议室的投影仪已经换成新的显示屏了，支持无线投屏"},
    {"ts": "1765090920.000200", "name": "王磊", "text": "怎么无线投屏？"},
    {"ts": "1765091040.000300", "name": "陈静 (IT)", "text": "在 Teams 会议里点“共享”，选择会议室 Suzhou-3F-A 就可以了。说明也贴在桌上了"},
    {"ts": "1765091100.000400", "name": "赵晨", "text": "👍 下午试一下"}
  ]
}
"""),
ORD("csv_export", "pt", "portuguese_csv_license_usage", """
aplicativo,licencas_totais,licencas_atribuidas,usuarios_ativos_30d,custo_mensal_brl,responsavel
Microsoft 365 E3,120,114,109,"27.360,00",TI São Paulo
Power BI Pro,25,22,17,"1.650,00",Inteligência Comercial
Salesforce Sales Cloud,40,38,35,"19.000,00",Vendas
Adobe Acrobat Pro,15,15,9,"1.125,00",TI São Paulo
Zoom Workplace,5,4,2,"400,00",Marketing
Keeper Enterprise,120,96,88,"2.880,00",TI São Paulo
"""),
ORD("itsm_ticket", "nl", "dutch_ticket_scanner_folder", """
Nummer: INC0048350
Melder: Joost van Dijk (Magazijn Tilburg)
Categorie: Hardware > Multifunctional   Prioriteit: 3

Korte omschrijving: Scanner verdieping 2 stuurt scans naar verkeerde map

Omschrijving:
Als ik op de Canon op verdieping 2 op "Scan naar map" druk, komen de scans in de map van de inkoopafdeling terecht in plaats van in \\\\fs-til-01\\Magazijn\\Scans.

Werknotities:
[09:10] Canon-monteur: adresboek op het apparaat bevatte een verouderde snelkeuze. Snelkeuze 03 "Magazijn" aangepast naar het juiste pad.
[09:25] Femke de Vries: Getest met de melder, scans komen nu in de juiste map.

Status: Opgelost
"""),
ORD("teams_export", "pl", "polish_team_chat_office_network", """
Microsoft Teams – kanał „IT Wrocław" – eksport 07.12.2026

08:40 Marek Zieliński: Dzień dobry, od rana w sali konferencyjnej 1.02 nie działa ekran do prezentacji.
08:42 Piotr Nowak (IT): Sprawdzę. Czy na ekranie jest komunikat „brak sygnału"?
08:43 Marek Zieliński: Tak.
08:55 Piotr Nowak (IT): Kabel HDMI w stole był uszkodzony, wymieniony. Ekran działa.
08:56 Marek Zieliński: Dziękuję, spotkanie o 9:00 uratowane 🙂
"""),
ORD("docx_text", "ko", "korean_docx_new_laptop_guide", """
새 노트북 수령 안내 (서울 사무소)
IT 서비스 데스크 · 2026년 12월

1. 수령
IT 데스크(3층)에서 사원증을 확인한 후 노트북과 충전기를 드립니다.

2. 첫 로그인
회사 이메일 주소와 비밀번호로 로그인하면 Windows Autopilot이 자동으로 설정을 시작합니다. 약 30~40분이 걸리니 전원을 연결해 두세요.

3. 파일 옮기기
이전 노트북의 파일은 OneDrive에 저장되어 있으면 자동으로 나타납니다. OneDrive 아이콘에 녹색 체크 표시가 있는지 확인하세요.

4. 반납
이전 노트북은 일주일 이내에 IT 데스크에 반납해 주세요. 데이터는 안전하게 삭제된 후 폐기됩니다.

문의: 내선 4000 또는 Teams의 "IT Help" 앱
"""),
ORD("web_page", "en", "web_page_status_page_normal", """
<html><head><title>Kestrel Ridge IT – Service status</title></head>
<body>
<h1>IT service status</h1>
<p>Last updated: 7 December 2026, 11:00 UTC</p>
<table>
<tr><th>Service</th><th>Status</th><th>Notes</th></tr>
<tr><td>Email (Exchange Online)</td><td>Operational</td><td></td></tr>
<tr><td>Microsoft Teams</td><td>Operational</td><td></td></tr>
<tr><td>VPN</td><td>Operational</td><td>Certificate renewal planned 17 Dec, no downtime expected</td></tr>
<tr><td>SAP ERP</td><td>Operational</td><td></td></tr>
<tr><td>Printing – Leeds</td><td>Degraded</td><td>Floor 2 printer PRN-LDS-2B awaiting part</td></tr>
<tr><td>Wi-Fi – Leeds building C</td><td>Operational</td><td>AP firmware updated 1 Dec</td></tr>
</table>
<p>Planned maintenance: Bielefeld network, Saturday 12 Dec 06:00–10:00 CET.</p>
</body></html>
"""),
ORD("password_reset_request", "en", "sspr_success_record", """
Self-service password reset – audit record
Request ID: SSPR-77301
Time: 2026-12-07 07:42:18 UTC
User: t.haas@kestrelridge.example (Tom Haas, Warehouse Leeds)
Methods used: Okta Verify push (number match) + SMS to registered number ending 2203
Result: Password changed successfully
Client: Chrome 131 on Windows 11, IP 10.10.8.31 (Leeds corporate)
Account unlocked: Yes (was locked after 10 failed attempts at 07:30 from KRC-KIOSK-LDS-03)
Follow-up: none required. User notified by e-mail to t.haas@kestrelridge.example.
"""),
ORD("mfa_enrollment_request", "en", "mfa_enrollment_fido2_completed", """
MFA ENROLMENT REQUEST (help-desk assisted)
Form ID: MFA-ENR-3420   Created: 2026-12-07 10:05 UTC   Status: Completed

User: Mia Becker (m.becker@kestrelridge.example) – Inside Sales, Bielefeld
Reason: Replacement for lost security key (INC0048576)
Method: FIDO2 security key (YubiKey 5C NFC, serial ending 7710)

Verification: in person at Bielefeld site IT desk, badge checked by Thomas Krüger.
Registration: performed by the user on her own laptop via https://kestrelridge.okta.example/enduser/settings; site IT observed.
Old key (serial ending 2291): already deactivated on 2026-12-02.

Test sign-in: successful at 10:12 UTC.
"""),
]
