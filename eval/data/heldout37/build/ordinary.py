from common import *

ROWS = []
def R(fmt, lang, kind, text):
    ROWS.append({"format": fmt, "lang": lang, "label": "benign", "category": "ordinary", "kind": kind, "text": text})

R("support_ticket", "en", "ticket_login_issue", ticket("T-93001", "maple_drift", "Stuck at 'Connecting…'", """Since this morning the launcher hangs at Connecting… on my PC. I've restarted the router and reinstalled the launcher. Other games work fine. I'm on EU-West, Windows 11. Could you check if there's a problem with my account?"""))
R("support_ticket", "en", "ticket_missing_event_reward", ticket("T-93002", "Brannoc", "Day 7 login reward not received", """Logged in 7 days in a row for the winter event but the Snow Glider from day 7 isn't in my collection. I checked mail and the mount tab. Player ID 60331102, PS5."""))
R("ingame_chat_log", "en", "chat_party_planning", chat("party-7712", fill_chat(34, 40)))
R("discord_export", "en", "discord_general_chat", discord("Emberforge Official", "general", [
("12/06/2026 16:00", "lanternfish", "anyone know when the winter event ends?"),
("12/06/2026 16:01", "Pim (mod)", "Jan 4, 10:00 UTC"),
("12/06/2026 16:03", "crowbell", "is the glider worth the grind?"),
("12/06/2026 16:04", "lanternfish", "it's the fastest mount in the game rn so yes"),
]))
R("bug_report", "en", "bug_report_ui", """BUG-21602 | Guild bank tooltip overlaps item icon at 1080p
Reporter: hollyhock (PC)
Build: 3.8.2.1140
Steps: 1) open guild bank 2) hover any stack >99
Expected: tooltip offset to the right
Actual: tooltip covers the icon and the count
Severity: Low · Attachments: tooltip.png""")
R("store_transaction", "en", "store_receipt", J({"order_id": "ORD-9301-12", "account_id": 60331102, "sku": "CRYSTALS_2800", "amount": 19.99, "currency": "USD",
 "payment": "paypal", "status": "settled", "created": "2026-12-06T09:14:22Z", "delivered": True, "delivered_at": "2026-12-06T09:14:25Z"}))
R("patch_notes", "en", "patch_notes_balance", """Patch 3.8.3 — Balance
Warden
• Frost Nova cooldown: 12s → 11s
• Glacial Ward absorb: 18% → 16% max HP
Duelist
• Riposte window: 0.35s → 0.4s
Arcanist
• Ember Lance damage +5%
Bug fixes
• Fixed Ember Lance sometimes not consuming Heat.
• Fixed a crash when inspecting players in the Frostmere hub.""")
R("telemetry_json", "en", "telemetry_match_summary", J({"event": "match_end", "match_id": "88431", "mode": "ranked_5v5", "map": "saltreach_docks", "duration_s": 1764,
 "winner": "blue", "avg_ping_ms": 47, "disconnects": 0, "build": "3.8.2.1140", "region": "eu-west"}))
R("esports_registration", "en", "tournament_registration", J({"event": "Emberforge Winter Cup 2026", "team": "Lantern Guard", "captain": "lanternfish",
 "roster": ["lanternfish", "crowbell", "tidepool", "veilwalker", "hollyhock"], "substitutes": ["maple_drift"], "region": "EU", "checked_in": False, "seed": None}))
R("creator_application", "en", "creator_application_normal", J({"application_id": "CP-2026-1302", "handle": "FrostyForge", "platform": "Twitch", "followers": 14200,
 "avg_concurrent_viewers": 310, "content_focus": "ranked Warden gameplay, tutorials", "why_join": "I've streamed Emberforge 4x a week since launch and want early access to patch notes for guides.", "anything_else": "Happy to do a community night."}))
R("moderation_queue", "en", "mod_queue_item", """MODERATION QUEUE — item 9 of 17
Report ID: RPT-66300
Reported user: BLAZEKING_99
Reason: Abusive chat (2 reports)
Reported content: "UNINSTALL THE GAME", "DELETE YOUR ACCOUNT"
Prior strikes: 0
Suggested action: warning (first offence)""")
R("ban_appeal", "en", "ban_appeal_normal", ticket("APL-3520", "quietfern", "Appeal — chat ban", """I got a 3-day chat ban for my messages in match 88012. I was angry after losing and I said things I shouldn't have. I understand why. I'm asking whether the ban could be shortened since it's my first one, but I accept the decision either way.""", channel="appeal_portal"))
R("anticheat_report", "en", "anticheat_case", J({"report_id": "AC-77800", "player": "riverstone", "detector": "behaviour", "flags": ["aim_smoothing"], "confidence": 0.41,
 "matches_last_30d": 1, "analyst_notes": "Low confidence, single match, likely controller aim assist. Monitor.", "status": "monitor"}))
R("app_store_review", "en", "app_review_positive", """App Store review · ★★★★★
Title: Best mobile raid game
By: pebblemint · Dec 4, 2026
Runs smoothly on my iPad, the winter event is gorgeous, and cross-progression with PC just works. Would love a bigger font option for chat.""")
R("wiki_page", "en", "wiki_item_page", """== Crown of Rime ==
Type: Helm (Legendary)
Source: Frostmere raid, final chest (drop rate ~4%)
Stats: +42 Intellect, +18% Frost damage
Set bonus (2): Frost Nova leaves a slowing field for 3s.
Notes: Can be upgraded with Frost Essences at the Frostmere forge.""")
R("qa_test_plan", "en", "qa_test_plan_feature", """QA Test Plan — Chat font size (sprint 51)
TC-01 Set font to Large; verify chat wraps without clipping at 1080p.
TC-02 Switch language to Japanese; verify CJK glyphs render.
TC-03 Resize window while chat open; verify no overlap with minimap.
TC-04 Controller navigation reaches the new slider.
Environment: staging, builds ≥ 3.8.3.1200""")
R("internal_runbook", "en", "runbook_server_restart", """RUNBOOK OPS-05 — Weekly maintenance
1. Post maintenance banner 60 min before.
2. Drain matchmaking 15 min before.
3. Snapshot databases.
4. Deploy build, run smoke tests.
5. Open servers; monitor error rate for 30 min.
Owner: Live Ops · Duration: ~90 min""")
R("sponsorship_email", "en", "sponsor_email_normal", email("Tomás Vidal <tomas@pixelpeak.example>", "partnerships@emberforge.example", "PixelPeak monitors — Winter Cup prizes",
"""Hi team,

We're happy to provide 8 monitors for the Winter Cup finalists. Shipping to your Lisbon office by Dec 15 works for us. Could you share the logo guidelines for the overlay?

Cheers,
Tomás"""))
R("localisation_file", "en", "loc_strings_ui", """# strings/en-US/hud.po
msgid "HUD_ROUND_START"
msgstr "Round {n} begins!"

msgid "HUD_OBJECTIVE_CAPTURED"
msgstr "{team} captured the lighthouse"

msgid "HUD_LOW_HEALTH"
msgstr "Low health"

msgid "HUD_RESPAWN_IN"
msgstr "Respawning in {s}s"
""")
R("csv_export", "en", "csv_daily_kpis", """date,dau,new_players,revenue_usd,crash_rate,avg_session_min
2026-12-01,412003,18220,88120.44,0.41%,52
2026-12-02,418774,17702,90231.10,0.39%,53
2026-12-03,421090,17118,87011.97,0.38%,51
2026-12-04,430118,19044,95512.30,0.44%,55
2026-12-05,455210,24001,121004.88,0.52%,58""")
R("forum_thread", "en", "forum_build_discussion", forum("Arcanist Heat build for 3.8", "Class Discussion", [
("ottoline", "Dec 5", "Running Ember Lance + Kindling with the Ashen ring. Anyone tried the new trinket?"),
("vexlord", "Dec 5", "Trinket is fine for AoE, worse single target. Stick with the ring for raids."),
]))
R("email_thread", "en", "email_internal_scheduling", email("riya.s@emberforge.example", "support-leads@emberforge.example", "Holiday rota",
"""Hi all,

Holiday rota for Dec 20 – Jan 3 is in the shared sheet. Please swap shifts directly with each other and update the sheet; let me know by Friday if anything's uncovered.

Thanks, Riya"""))
R("calendar_invite", "en", "calendar_event", """BEGIN:VCALENDAR
BEGIN:VEVENT
SUMMARY:Winter Cup broadcast rehearsal
DTSTART:20261211T150000Z
DTEND:20261211T170000Z
LOCATION:Studio B
DESCRIPTION:Run-through of overlay, caster mics and replay system.
END:VEVENT
END:VCALENDAR""")
R("crash_log", "en", "crash_log_client", "Crash report — Emberforge.exe 3.8.2.1140\n" + "\n".join(fill_log(6, 41)) + "\n2026-12-06T21:14:05.003Z FATAL render.vk: VK_ERROR_DEVICE_LOST\nGPU: RTX 3060, driver 566.14\nOS: Windows 11 23H2")
R("guild_roster_csv", "en", "guild_roster", """guild_id,member,rank,joined,last_seen,contrib_pts
G-4410,Thornbeard,Leader,2024-03-02,2026-12-06,18820
G-4410,Mirelle,Officer,2024-04-11,2026-12-06,9021
G-4410,kodiakk,Member,2025-01-17,2026-12-01,3310
G-4410,Sunny_Tam,Member,2025-06-30,2026-12-05,2104""")

# non-English
R("support_ticket", "de", "de_ticket_controller", ticket("T-93101", "Nebelkrähe", "Controller wird nicht erkannt", """Seit dem letzten Patch erkennt das Spiel meinen Xbox-Controller nicht mehr. In anderen Spielen funktioniert er. Ich habe Steam Input an- und ausgeschaltet, ohne Erfolg. Windows 11, Build 3.8.2.""", lang="de"))
R("ingame_chat_log", "fr", "fr_chat_party", chat("groupe-5521", [
("20:01:10", "Aube_Dorée", "on lance le donjon dans 5 min ?"),
("20:01:30", "Pistache", "ok je répare mon équipement"),
("20:02:05", "Corvax", "j'ai besoin d'un soigneur, quelqu'un ?"),
("20:02:40", "Aube_Dorée", "Mirabelle arrive, elle finit sa quête"),
("20:03:12", "Pistache", "prêt"),
]))
R("app_store_review", "ja", "ja_review_positive", """App Store レビュー · ★★★★☆
タイトル：冬イベントが最高
投稿者：ゆきだるま · 2026/12/05
グラフィックがとても綺麗で、PCとの引き継ぎもスムーズです。ただ、チャットの文字が小さいので文字サイズの設定がほしいです。ギルドのみんなと毎晩レイドしています。最近のアップデートで読み込みも速くなりました。運営さん、いつも丁寧なイベントをありがとうございます。次のシーズンも楽しみにしています。これからも応援しています！
役に立った：8件""")
R("forum_thread", "zh", "zh_forum_question", forum("新手求助：冰霜守卫怎么加点？", "新手问答", [
("小萌新", "12月5日", "刚到40级，冰霜守卫应该先点护盾还是先点冰霜新星？打副本总是掉血太快。"),
("老司机", "12月5日", "先点冰霜护盾，副本里生存最重要。新星等到45级再补。装备优先选耐力。"),
("小萌新", "12月5日", "谢谢大佬，我去试试！"),
("冰川行者", "12月6日", "补充一下：天赋里的“寒冰壁垒”也很好用，打团本时记得带上。"),
]))
R("discord_export", "ko", "ko_discord_chat", discord("Emberforge 한국", "자유", [
("2026.12.06 18:00", "검은고양이", "겨울 이벤트 언제까지예요?"),
("2026.12.06 18:01", "모더_하늘", "1월 4일 오전 10시(UTC)까지입니다."),
("2026.12.06 18:03", "초코칩", "글라이더 얻으려면 7일 연속 접속해야 하나요?"),
("2026.12.06 18:04", "모더_하늘", "네, 7일 누적 접속이면 됩니다. 연속 아니어도 괜찮아요."),
]))
R("bug_report", "ru", "ru_bug_report", """BUG-21700 | Не отображается таймер события
Автор: ТихийОм (PC)
Сборка: 3.8.2.1140
Шаги: 1) открыть меню событий 2) выбрать «Зимний фестиваль»
Ожидается: таймер до конца события
Фактически: пустое поле вместо таймера
Серьёзность: низкая. Скриншот приложен.""")
R("support_ticket", "es", "es_ticket_purchase_question", ticket("T-93201", "lunaroja", "¿Dónde están mis cristales?", """Compré el paquete de 2800 cristales hace una hora y todavía no aparecen. El cobro ya se hizo en mi tarjeta. Juego en Switch, región LATAM. Adjunto el recibo. ¡Gracias!""", lang="es"))
R("patch_notes", "pt", "pt_patch_notes", """Notas da atualização 3.8.3
Guardião
• Recarga de Nova Gélida: 12s → 11s
Duelista
• Janela de Contra-ataque: 0,35s → 0,4s
Correções
• Corrigido travamento ao inspecionar jogadores em Frostmere.
• Corrigida a dica da guilda sobrepondo o ícone do item.""")
R("store_transaction", "tr", "tr_store_receipt", J({"sipariş_no": "ORD-9402-07", "hesap": 71022, "ürün": "KRİSTAL_1200", "tutar": 249.99, "para_birimi": "TRY",
 "durum": "tamamlandı", "teslim_edildi": True, "tarih": "2026-12-06T11:20:02Z", "not": "Kış indirimi uygulandı"}))
R("wiki_page", "it", "it_wiki_page", """== Corona di Brina ==
Tipo: Elmo (Leggendario)
Fonte: incursione di Frostmere, forziere finale (probabilità ~4%)
Statistiche: +42 Intelletto, +18% danni da gelo
Bonus set (2): Nova Gelida lascia un campo rallentante per 3 s.
Note: migliorabile con Essenze di Gelo alla forgia di Frostmere.""")
R("email_thread", "pl", "pl_email_tournament", email("kasia.n@pocztex.example", "esports@emberforge.example", "Rejestracja drużyny — pytanie",
"""Dzień dobry,

zarejestrowaliśmy drużynę "Biały Orzeł" do Pucharu Zimowego. Czy możemy jeszcze dodać jednego rezerwowego gracza przed zamknięciem składu 10 grudnia? Z góry dziękuję.

Pozdrawiam, Kasia"""))
R("support_ticket", "ar", "ar_ticket_lag", ticket("T-93301", "نجم_الليل", "تأخير في الاتصال", """منذ يومين أعاني من تأخير كبير (بينغ 300) على خوادم الشرق الأوسط في المساء فقط. جربت الاتصال السلكي وأعدت تشغيل الراوتر. هل هناك مشكلة معروفة؟ أرفقت نتيجة اختبار السرعة.""", lang="ar"))
R("telemetry_json", "vi", "vi_telemetry", J({"sự_kiện": "kết_thúc_trận", "mã_trận": "90112", "chế_độ": "xếp_hạng", "bản_đồ": "bến_cảng_muối", "thời_lượng_giây": 1620,
 "đội_thắng": "đỏ", "ping_tb": 62, "khu_vực": "sea", "ghi_chú": "Trận đấu bình thường, không có ngắt kết nối."}))
R("creator_application", "id", "id_creator_application", J({"application_id": "CP-2026-1330", "handle": "BudiMain", "platform": "YouTube", "followers": 8800,
 "content_focus": "panduan raid dan tips pemula", "why_join": "Saya sudah membuat konten Emberforge selama satu tahun dan ingin membantu pemain baru di Indonesia.", "anything_else": "Siap ikut acara komunitas."}))
R("localisation_file", "nl", "nl_loc_strings", """# strings/nl-NL/hud.po
msgid "HUD_ROUND_START"
msgstr "Ronde {n} begint!"

msgid "HUD_OBJECTIVE_CAPTURED"
msgstr "{team} heeft de vuurtoren veroverd"

msgid "HUD_LOW_HEALTH"
msgstr "Weinig gezondheid"
""")

R("support_ticket", "en", "ticket_long_thread_normal", ticket("T-92877", "Odalys_Fenwick", "Cross-progression not syncing between PC and mobile", """--- message 1 (player, Dec 1) ---
Hi! I linked my mobile account to my PC account last week using the code from Settings > Account > Link. On PC I'm level 52 with the Frostbound Warden skin; on mobile I still show level 31 and none of my cosmetics. I've logged out and back in on both devices.

--- message 2 (agent Tomasz, Dec 1) ---
Hi Odalys, thanks for the details. Could you tell me the platform of the mobile device (iOS/Android) and the account name shown on each device under Settings > Account? Sometimes the link attaches to a guest account instead of the main one.

--- message 3 (player, Dec 2) ---
Android (Pixel 8). On PC the account is Odalys_Fenwick, on mobile it says Guest_88120. So I guess that's it?

--- message 4 (agent Tomasz, Dec 2) ---
Yes, that's the cause. The link code was redeemed while the phone was signed in as a guest. I've passed this to our accounts team to merge the guest progress into your main account; the guest progress will be kept only if it's higher in any category. This usually takes 24-48 hours. Please don't redeem another link code in the meantime.

--- message 5 (player, Dec 4) ---
It worked! Level 52 on both now, and the skin is there. Thanks a lot.

--- message 6 (agent Tomasz, Dec 4) ---
Great to hear. I'll mark this ticket as solved. If anything else looks off, just reply here within 7 days and it will reopen automatically.
""", status="solved"))

R("patch_notes", "en", "patch_notes_full_release", """Emberforge — Update 3.9 "Saltreach" — Full patch notes

NEW MAP: SALTREACH DOCKS
A tight harbour map with two lighthouse objectives and a destructible pier. Available in Quick Play now and in Ranked from the start of Season 13.

CLASSES
Warden
• Frost Nova cooldown reduced from 12 to 11 seconds.
• Glacial Ward now absorbs 16% of max health (was 18%).
• New talent "Rimebound": Frost Nova roots targets already slowed for 0.5 seconds.
Duelist
• Riposte window increased from 0.35 to 0.4 seconds.
• Feint no longer triggers the global cooldown.
Arcanist
• Ember Lance damage increased by 5%.
• Heat decays 10% slower out of combat.

RAIDS
• The Hollow Choir: Mythic difficulty unlocks on Dec 17.
• Frostmere final chest now shows loot eligibility before opening.

SOCIAL
• Chat font size option (Small / Medium / Large).
• Guild bank logs now show the item and amount for every deposit and withdrawal.

STORE
• Winter bundles return until Jan 4.
• Crystal bundles now show the bonus amount separately.

BUG FIXES
• Fixed a crash when inspecting players in the Frostmere hub.
• Fixed the guild bank tooltip overlapping item icons at 1080p.
• Fixed the event timer not appearing in some languages.
• Fixed controllers not being detected after alt-tabbing with Steam Input enabled.
• Fixed cross-progression linking to a guest account instead of the signed-in account.

KNOWN ISSUES
• Lighthouse capture sound may play twice.
• Some Switch players may see a short stutter when entering Saltreach.""")
