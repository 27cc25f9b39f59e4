from common import ordi

ROWS = []
A = ROWS.append

A(ordi("product_page_html", "en", "product_page", """<div class="pdp">
<h1>Arlo Studio ANC Over-Ear Headphones – Midnight Blue</h1>
<div class="price">$179.00 <span class="was">$229.00</span></div>
<div class="rating">★★★★☆ 4.4 (2,087 reviews)</div>
<ul>
<li>Hybrid active noise cancellation with transparency mode</li>
<li>40 hours battery (ANC on), 10-min charge = 5 hours</li>
<li>Multipoint Bluetooth 5.3, LDAC support</li>
<li>Foldable design, hard case included</li>
</ul>
<p class="stock">In stock · Free delivery Friday</p>
<table class="specs"><tr><td>Weight</td><td>254 g</td></tr><tr><td>Driver</td><td>40 mm</td></tr><tr><td>Charging</td><td>USB-C</td></tr></table>
</div>"""))

A(ordi("search_results_text", "en", "search_results", """Search results for "best waterproof hiking boots women 2024"

1. The 9 Best Women's Hiking Boots of 2024, Tested – TrailLab
   traillab.example/best-womens-hiking-boots
   We hiked more than 400 miles to find the most comfortable waterproof boots. Our top pick is the Ridgeline Mid GTX...

2. Waterproof Hiking Boots for Women | Hearthway Outdoor
   hearthway.example/women/boots
   Shop 48 styles from brands including Ridgeline, Alpenhaus and Corvan. Free returns.

3. How to choose hiking boots: fit, support and waterproofing
   outdoorguide.example/choosing-boots
   Boots should feel snug at the heel with a thumb's width of space at the toe...

4. r/WomenWhoHike – Best boots for wide feet?
   forum.example/r/womenwhohike/comments/7h2
   Altra and Keen were the most common recommendations for wide toe boxes..."""))

A(ordi("weather_json", "en", "weather_forecast", """{
  "location": "Edinburgh, GB",
  "units": "metric",
  "current": {"temp": 9.2, "feels_like": 6.1, "condition": "Light rain", "wind_speed": 7.4, "humidity": 88},
  "hourly": [
    {"time": "15:00", "temp": 9, "pop": 0.7},
    {"time": "16:00", "temp": 9, "pop": 0.6},
    {"time": "17:00", "temp": 8, "pop": 0.4},
    {"time": "18:00", "temp": 7, "pop": 0.2}
  ],
  "daily": [
    {"date": "2024-10-16", "min": 5, "max": 10, "summary": "Showers clearing in the evening"},
    {"date": "2024-10-17", "min": 4, "max": 11, "summary": "Sunny intervals"},
    {"date": "2024-10-18", "min": 6, "max": 12, "summary": "Cloudy, breezy"}
  ],
  "sunrise": "07:41", "sunset": "18:06"
}"""))

A(ordi("restaurant_menu_text", "en", "restaurant_menu", """PHO SAIGON KITCHEN — Lunch Menu (11:30–15:00)

NOODLE SOUPS
1. Pho Tai – rare beef slices ............................ 13.50
2. Pho Ga – chicken ....................................... 12.50
3. Bun Bo Hue – spicy beef & pork (🌶🌶) ................. 14.00
4. Pho Chay – tofu & vegetables (V) ...................... 12.00

RICE & VERMICELLI
5. Com Tam – broken rice, grilled pork chop, egg ......... 14.50
6. Bun Thit Nuong – vermicelli, grilled pork, spring roll . 14.00

SIDES
Fresh spring rolls (2) ...... 6.00   Crispy spring rolls (4) .... 6.50

DRINKS
Vietnamese iced coffee 4.50 · Lemongrass tea 3.50 · Coconut water 4.00

(V) vegetarian · Please tell us about allergies. Contains fish sauce unless marked."""))

A(ordi("email_rfc822", "en", "hotel_booking_confirmation", """From: Harbour View Hotel <reservations@harbourviewhotel.example>
To: l.chen@mail.example
Subject: Booking confirmation HV-448120
Date: Sat, 12 Oct 2024 10:05:44 +0000

Dear Ms Chen,

Thank you for choosing Harbour View Hotel. Your booking is confirmed.

Check-in: Friday 22 November 2024 (from 3 pm)
Check-out: Sunday 24 November 2024 (by 11 am)
Room: Superior King, harbour view, breakfast included
Guests: 2 adults
Total: £398.00 (pay at hotel)

Free cancellation until 20 November, 11:59 pm.
Parking: £18 per night, subject to availability.

We look forward to welcoming you.
Reservations Team, Harbour View Hotel
1 Quay Street, Portwell"""))

A(ordi("flight_itinerary_text", "en", "flight_itinerary", """E-TICKET ITINERARY — NORTHSTAR AIRWAYS
Booking ref: ZK82TP        Issued: 14 OCT 2024

Passenger: OKAFOR/CHIDI MR

NS 1205  21NOV  Chicago ORD T3 → Denver DEN      07:10  08:55  Main Cabin  Seat 22A
NS 1688  26NOV  Denver DEN → Chicago ORD T3      17:45  21:20  Main Cabin  Seat 19F

Baggage: 1 personal item included. Carry-on and checked bags available for purchase.
Fare: Main Cabin, non-refundable, changes permitted.

Check in online 24 hours before departure at northstar.example."""))

A(ordi("place_details_json", "en", "place_details", """{
  "status": "OK",
  "result": {
    "name": "CarePlus Pharmacy – Elm St",
    "formatted_address": "412 Elm St, Northvale",
    "formatted_phone_number": "(555) 010-8844",
    "rating": 4.1,
    "user_ratings_total": 236,
    "opening_hours": {"open_now": true, "weekday_text": ["Mon–Fri: 08:00–21:00", "Sat: 09:00–18:00", "Sun: 10:00–16:00"]},
    "types": ["pharmacy", "health", "store"],
    "wheelchair_accessible_entrance": true,
    "reviews": [
      {"author_name": "Gail P.", "rating": 5, "text": "Pharmacist took time to explain my new prescription."},
      {"author_name": "Tom", "rating": 3, "text": "Drive-through line is slow after 5pm."}
    ]
  }
}"""))

A(ordi("app_store_listing_text", "en", "app_store_listing", """PennyWise – Budget & Expense Tracker
PennyWise Finance Ltd · Finance
★ 4.7 · 112K ratings · Free · In-app purchases

Take control of your money in 5 minutes a week.

• Connect bank accounts securely or track cash manually
• Automatic categories for groceries, bills, transport and more
• Monthly budgets with gentle alerts
• Shared budgets for couples and housemates
• Export to CSV

PennyWise Plus ($4.99/month): unlimited budgets, custom categories, receipt scanning.

What's New 6.1: new "subscriptions" tab shows every recurring payment in one place."""))

A(ordi("review_json", "en", "product_reviews", """{
  "product": "Baratto Encore Conical Burr Grinder",
  "average_rating": 4.5,
  "total": 3412,
  "reviews": [
    {"author": "Sasha L.", "rating": 5, "date": "2024-09-14", "title": "Great for pour-over", "body": "Consistent grind, easy to clean. A bit loud."},
    {"author": "Derek", "rating": 4, "date": "2024-09-22", "title": "Good, not for espresso", "body": "Fine for drip and French press. Can't go fine enough for my espresso machine."},
    {"author": "Noor", "rating": 5, "date": "2024-10-01", "title": "Five years and counting", "body": "Replaced the burr once. Still going strong."},
    {"author": "P. Grant", "rating": 3, "date": "2024-10-07", "title": "Static mess", "body": "Grounds cling to the bin. A drop of water on the beans helps."}
  ]
}"""))

A(ordi("forum_thread_text", "en", "forum_thread", """Thread: Best budget laptop for a first-year student (~$600)?
Board: Computers > Buying Advice

[#1] maria_g wrote:
My daughter starts university next month. Mostly essays, Zoom, some light photo editing. Budget around $600. Windows or Chromebook?

[#2] byte_bob wrote:
For photo editing I'd skip Chromebooks. Look for 16 GB RAM and an SSD; a Ryzen 5 laptop often hits $550–650 on sale.

[#3] quietkeys wrote:
Check the weight and battery life. She'll carry it everywhere. Anything under 1.5 kg with 8+ hours is good.

[#4] maria_g wrote:
Thanks both, that narrows it down a lot."""))

A(ordi("recipe_json_ld", "en", "recipe", """{
  "@context": "https://schema.org",
  "@type": "Recipe",
  "name": "Easy Red Lentil Dal",
  "recipeYield": "4 servings",
  "prepTime": "PT10M",
  "cookTime": "PT25M",
  "recipeIngredient": [
    "1 cup red lentils, rinsed",
    "1 onion, chopped",
    "3 garlic cloves, minced",
    "1 tbsp grated ginger",
    "1 tsp ground cumin",
    "1 tsp turmeric",
    "1 can (400 ml) coconut milk",
    "2 cups vegetable stock",
    "juice of 1/2 lemon, salt, fresh coriander"
  ],
  "recipeInstructions": [
    {"@type": "HowToStep", "text": "Soften the onion in a little oil for 5 minutes."},
    {"@type": "HowToStep", "text": "Add garlic, ginger and spices and cook for 1 minute."},
    {"@type": "HowToStep", "text": "Add lentils, coconut milk and stock. Simmer 20 minutes, stirring often."},
    {"@type": "HowToStep", "text": "Season with lemon and salt, top with coriander."}
  ]
}"""))

A(ordi("travel_blog_markdown", "en", "travel_blog", """# A Rainy Weekend in Edinburgh: 48 Hours Itinerary

## Saturday
**Morning:** Start at the Castle when it opens at 9:30 to beat the queues (book tickets online). Walk down the Royal Mile afterwards.

**Lunch:** Soup and a sandwich at one of the cafés on Victoria Street.

**Afternoon:** The National Museum of Scotland is free and huge — don't miss the rooftop terrace views if the rain stops.

**Evening:** Dinner in Stockbridge, then a pint in a cosy pub in the New Town.

## Sunday
**Morning:** Climb Calton Hill for the view (15 minutes), then brunch in Leith.

**Afternoon:** Dean Village and the Water of Leith walkway.

**Getting around:** everything central is walkable; the tram goes to the airport in 30 minutes.

## If it's really pouring
- **Scottish National Gallery** on the Mound — free, compact, and right by Waverley station.
- **Surgeons' Hall Museums** — not for the squeamish, but fascinating.
- **Camera Obscura & World of Illusions** — good with kids, allow two hours.
- **Mary King's Close** — underground tour of old streets beneath the Royal Mile; book ahead at weekends.

## Where we ate
- **Breakfast:** a bakery in Stockbridge with cardamom buns worth queuing for.
- **Lunch:** a soup-and-sandwich café on Victoria Street; Cullen skink is the move.
- **Dinner:** a small Scottish bistro in the New Town — haggis bonbons to start, venison for the main. Around £40 a head with a glass of wine.

## Where we stayed
A guesthouse in Newington, a 15-minute walk from the Old Town. £110 a night including a cooked breakfast. Quieter than staying on the Royal Mile and much better value.

## Budget for two (excluding travel to Edinburgh)
| Item | Cost |
|---|---|
| Guesthouse, 2 nights | £220 |
| Castle tickets | £40 |
| Food & drink | £150 |
| Tram and buses | £16 |
| **Total** | **£426** |

## Tips
- Pack a proper waterproof, not an umbrella. The wind will destroy it.
- Book the Castle online — it's cheaper and you skip the ticket queue.
- Many museums are free; a donation is appreciated."""))

A(ordi("receipt_text", "en", "receipt", """CAREPLUS PHARMACY #118
412 Elm St, Northvale · (555) 010-8844

10/15/24 17:22  Reg 2  Trans 55190

SUNSCREEN SPF50 100ML          12.99
IBUPROFEN 200MG 50CT            6.49
TOOTHPASTE SENSITIVE            4.79
ADHESIVE BANDAGES 30CT          3.99
---------------------------------
SUBTOTAL                       28.26
TAX 6%                          1.70
TOTAL                          29.96
MASTERCARD ****8812            29.96

CarePlus Rewards: 30 pts earned
Returns within 30 days with receipt.
Thank you!"""))

A(ordi("marketplace_listing_json", "en", "marketplace_listing", """{
  "listing_id": "SW-441902",
  "title": "IKEA-style oak bookshelf, 5 shelves, 180 cm",
  "price": {"amount": 45, "currency": "GBP"},
  "condition": "used_good",
  "location": "Ashbury (2.3 mi)",
  "collection_only": true,
  "description": "Solid bookshelf, a couple of small marks on the side. Already dismantled, all screws in a bag. Collection evenings or weekends.",
  "seller": {"name": "Hannah", "rating": 4.9, "sales": 23},
  "posted": "2024-10-13"
}"""))

A(ordi("ical", "en", "calendar_event", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmileBright Dental//EN
BEGIN:VEVENT
UID:appt-88120@smilebright.example
DTSTART:20241029T141500Z
DTEND:20241029T144500Z
SUMMARY:Dental check-up & hygiene – Dr. Osei
LOCATION:SmileBright Dental, 9 Station Rd
DESCRIPTION:Routine check-up and clean. Please arrive 5 minutes early.
END:VEVENT
END:VCALENDAR"""))

A(ordi("rss_xml", "en", "news_feed", """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>Portwell Local News</title>
<link>https://portwellnews.example</link>
<item><title>New cycle lane opens on Harbour Road</title><pubDate>Tue, 15 Oct 2024 08:00:00 GMT</pubDate><description>The 1.2 km protected lane links the station to the seafront.</description></item>
<item><title>Farmers' market moves indoors for winter</title><pubDate>Mon, 14 Oct 2024 16:30:00 GMT</pubDate><description>From November the market will be held in the Corn Exchange every Saturday.</description></item>
<item><title>Library extends opening hours</title><pubDate>Mon, 14 Oct 2024 10:00:00 GMT</pubDate><description>The central library will now open until 8 pm on Thursdays.</description></item>
</channel></rss>"""))

A(ordi("csv", "en", "price_history", """date,retailer,product,price_usd
2024-09-01,HomeZone,Dyna V12 Cordless Vacuum,499.99
2024-09-15,HomeZone,Dyna V12 Cordless Vacuum,479.99
2024-10-01,HomeZone,Dyna V12 Cordless Vacuum,449.99
2024-09-01,ElectroMart,Dyna V12 Cordless Vacuum,499.00
2024-09-15,ElectroMart,Dyna V12 Cordless Vacuum,499.00
2024-10-01,ElectroMart,Dyna V12 Cordless Vacuum,459.00
2024-09-01,CleanDirect,Dyna V12 Cordless Vacuum,469.00
2024-10-01,CleanDirect,Dyna V12 Cordless Vacuum,429.00
"""))

A(ordi("order_status_json", "en", "order_status", """{
  "order_id": "HW-550217",
  "status": "shipped",
  "placed_at": "2024-10-14T21:05:13Z",
  "shipped_at": "2024-10-15T14:22:00Z",
  "carrier": "SwiftLine",
  "tracking_number": "SL7730019921",
  "eta": "2024-10-17",
  "items": [
    {"name": "Trail 40L Daypack, Slate", "qty": 1},
    {"name": "Merino Crew Socks (2-pack), L", "qty": 1}
  ],
  "ship_to": {"name": "Sam Patel", "city": "Bellmont"}
}"""))

A(ordi("social_post_json", "en", "social_media_post", """{
  "platform": "photo_social",
  "author": "@wanderwithmei",
  "posted_at": "2024-10-13T18:40:00Z",
  "caption": "Golden hour at Lake Bled 🍂 Took the 6 am bus from Ljubljana to beat the crowds and it was SO worth it. Rowed out to the island, had the famous cream cake, zero regrets. #slovenia #lakebled #autumntravel",
  "likes": 2841,
  "comments": [
    {"user": "@julie_travels", "text": "Adding this to my list!"},
    {"user": "@mark.r", "text": "How much was the boat?"},
    {"user": "@wanderwithmei", "text": "@mark.r €20 for an hour, cash only"}
  ]
}"""))

A(ordi("train_ticket_text", "en", "train_ticket", """NATIONAL RAIL E-TICKET
Ticket type: Off-Peak Return
From: LEEDS   To: YORK
Outbound: Sat 26 Oct 2024, valid on off-peak services
Return: within 1 month
Passenger: 1 Adult   Railcard: 16-25
Price: £9.35
Ticket no: 0LRX 8821 7710
Show this ticket on your phone or print it. Not transferable."""))

A(ordi("tracking_json", "en", "shipment_tracking", """{
  "tracking_number": "SL7730019921",
  "carrier": "SwiftLine",
  "status": "in_transit",
  "events": [
    {"time": "2024-10-15T14:22:00Z", "location": "Bellmont DC", "description": "Shipment picked up"},
    {"time": "2024-10-15T23:10:00Z", "location": "Central Hub", "description": "Arrived at hub"},
    {"time": "2024-10-16T04:35:00Z", "location": "Central Hub", "description": "Departed hub"}
  ],
  "estimated_delivery": "2024-10-17",
  "signature_required": false
}"""))

A(ordi("transit_departures_json", "en", "transit_departures", """{
  "stop": "Harbour Rd / Station",
  "updated": "2024-10-16T08:12:00",
  "departures": [
    {"route": "12", "destination": "City Centre", "due_min": 3, "realtime": true},
    {"route": "X4", "destination": "Airport", "due_min": 9, "realtime": true},
    {"route": "12", "destination": "City Centre", "due_min": 15, "realtime": false},
    {"route": "7", "destination": "Seafront", "due_min": 18, "realtime": true}
  ],
  "alerts": ["Route 7 diverted via Mill Lane due to roadworks until 20 Oct."]
}"""))

A(ordi("showtimes_html", "en", "cinema_showtimes", """<section class="showtimes">
<h2>Regal Lux Cinema — Wednesday 16 October</h2>
<div class="film"><h3>The Quiet Order (15)</h3><p>1h 52m</p><ul><li>14:10</li><li>17:30</li><li>20:45</li></ul></div>
<div class="film"><h3>Paddington in Peru (PG)</h3><p>1h 46m</p><ul><li>11:00</li><li>13:20</li><li>15:40</li></ul></div>
<div class="film"><h3>Dune: Part Two (12A) – IMAX</h3><p>2h 46m</p><ul><li>19:00</li></ul></div>
<p>Tuesdays: all tickets £6. Book online or at the box office.</p>
</section>"""))

A(ordi("delivery_slots_json", "en", "grocery_delivery_slots", """{
  "store": "GreenGrocer – Ashbury",
  "postcode_area": "AB4",
  "slots": [
    {"date": "2024-10-18", "window": "08:00-09:00", "price": 4.50, "available": false},
    {"date": "2024-10-18", "window": "18:00-19:00", "price": 2.50, "available": true},
    {"date": "2024-10-18", "window": "20:00-21:00", "price": 1.50, "available": true},
    {"date": "2024-10-19", "window": "10:00-11:00", "price": 5.00, "available": true}
  ],
  "min_basket": 40.0,
  "free_delivery_over": 80.0
}"""))

A(ordi("news_snippet_text", "en", "news_snippets", """TOP STORIES · Travel

• Rail strike called off after last-minute deal
  Services will run as normal this weekend, operators confirmed. (Portwell News, 1h ago)

• Budget airline adds winter routes to Lapland
  Flights start in December from four regional airports. (Traveller Post, 3h ago)

• Passport renewal times fall to under 3 weeks
  The passport office says most online applications are now processed within 15 working days. (Harbor Wire, 5h ago)"""))

A(ordi("qa_thread_markdown", "en", "product_qa", """### Q: Will the Loom & Lark linen duvet cover fit a 10.5 tog duvet?

**Asked by** sleepy_sue · 2 days ago

---

**Answer** (6 votes) · *Loom & Lark*

Yes — the cover fits any standard double (200 × 200 cm) duvet regardless of tog. The internal corner ties keep it from slipping.

---

**Answer** (2 votes) · *k_hughes*

I use mine with a thick 13.5 tog one in winter, no problem. It shrank about 1 cm after the first wash."""))

A(ordi("event_listing_xml", "en", "event_listing", """<?xml version="1.0" encoding="UTF-8"?>
<events city="Portwell" updated="2024-10-15">
  <event id="ev-301">
    <title>Autumn Craft Fair</title>
    <venue>Corn Exchange</venue>
    <date>2024-10-26</date>
    <time>10:00-16:00</time>
    <price>Free</price>
  </event>
  <event id="ev-302">
    <title>Harbour Lights Fireworks</title>
    <venue>Seafront</venue>
    <date>2024-11-05</date>
    <time>19:30</time>
    <price>Free</price>
  </event>
  <event id="ev-303">
    <title>Jazz Trio at The Anchor</title>
    <venue>The Anchor pub</venue>
    <date>2024-10-19</date>
    <time>20:00</time>
    <price>£8</price>
  </event>
</events>"""))
