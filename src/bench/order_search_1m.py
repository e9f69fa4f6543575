#!/usr/bin/env python3
"""Search-box benchmark (issue 19): the first page of /orders/search.xhtml over a million orders on PostgreSQL,
measured like the order-list benchmark (order_list_1m.py, whose generated orders it uses). Not a test: it measures,
it does not judge.

Run Ordertrail against PostgreSQL first, as order_list_1m.py describes, then:

    python3 src/bench/order_search_1m.py --db ordertrail_bench --orders 1000000

What it adds to the generated orders, with SQL, once: a purchase-order reference for every order (PO-0000001 ...),
a note on one order in twenty (one of eight sentences), and each order's search text in order_search, spelled as
OrderSearchText spells it (lower case; anything but letters, digits and @ . _ + a space). The application writes the
same spelling for the orders it takes (and also drops a dot or plus that does not join two words); the generated
orders never pass through it.

Server time = from sending the GET of /orders/search.xhtml?q=... (a full page: count, ranking, the first 25 orders
and rendering) to its last byte, over keep-alive HTTP on localhost, after warm-up requests. The type-ahead is the
same query for 8 orders; its figure is the search page's with the header's proposals not opened.
"""
import time
from urllib.parse import quote

from order_list_1m import Session, arguments, generate, measure, psql

NOTES = [
    "Customer asked to deliver to the back gate",
    "Call the site foreman before delivery",
    "Pallet must be wrapped, the yard is open",
    "Invoice to head office, not the branch",
    "Forklift on site, side loading only",
    "Leave with the neighbour at number 12",
    "Urgent: shop refit starts Monday",
    "Repeat of last month's order, same colours",
]

ENRICH = """
update customer_order set purchase_order_reference = 'PO-' || lpad((id - 10000000000)::text, 7, '0')
where id between 10000000000 + {first} and 10000000000 + {last} and purchase_order_reference is null;

insert into order_note (id, order_id, written_at, written_by, addressed_to, note_text)
select 40000000000 + g, 10000000000 + g, o.recorded_at + interval '5 minutes', 'sales', 'EVERYONE',
       (array[{notes}])[1 + (g / 20) % {note_count}]
from generate_series({first}::bigint, {last}::bigint) g
join customer_order o on o.id = 10000000000 + g
where g % 20 = 0
on conflict do nothing;

insert into order_search (order_id, search_key, search_customer, search_body)
select o.id,
       btrim(regexp_replace(lower(concat_ws(' ', o.order_number, o.purchase_order_reference)),
                            '[^[:alnum:]@._+]+', ' ', 'g')),
       btrim(regexp_replace(lower(concat_ws(' ', c.customer_number, c.name, c.email, c.phone)),
                            '[^[:alnum:]@._+]+', ' ', 'g')),
       btrim(regexp_replace(lower(concat_ws(' ', l.product_code, l.product_name, o.delivery_address,
                                            o.pickup_location, o.instructions, n.note_text)),
                            '[^[:alnum:]@._+]+', ' ', 'g'))
from customer_order o
join customer c on c.id = o.customer_id
left join order_line l on l.order_id = o.id and l.line_number = 1
left join order_note n on n.order_id = o.id
where o.id between 10000000000 + {first} and 10000000000 + {last}
on conflict do nothing;
"""


def enrich(db, n):
    have = int(psql(db, "select count(*) from order_search where order_id >= 10000000000;") or 0)
    if have >= n:
        print(f"{have} generated orders already have their search text; not enriching")
        return
    notes = ", ".join("'" + note.replace("'", "''") + "'" for note in NOTES)
    chunk = 100_000
    started = time.time()
    for first in range(0, n, chunk):
        last = min(first + chunk, n) - 1
        psql(db, ENRICH.format(first=first, last=last, notes=notes, note_count=len(NOTES)))
        print(f"  search text for orders {first}..{last} ({time.time() - started:.0f} s)", flush=True)
    psql(db, "vacuum analyze customer_order; vacuum analyze order_note; vacuum analyze order_search;")
    print(f"gave {n} orders their search text in {time.time() - started:.0f} s")


def main():
    args = arguments(__doc__)

    generate(args.db, args.orders)
    enrich(args.db, args.orders)
    total = psql(args.db, "select count(*) from order_search;")
    searches = [
        ("order number", "ORD-2019-012345"),
        ("purchase-order reference", "PO-0424242"),
        ("customer name (3 words, 2 in every order)", "Bench customer 4242"),
        ("customer email", "buyer4242@example.com"),
        ("phone number, last digits", "7946 4242"),
        ("start of an email (type-ahead)", "buyer424"),
        ("customer number and town", "C-904242 leeds"),
        ("words of a note (one of eight on 50,000)", "back gate"),
        ("note and pickup place", "foreman counter"),
        ("a word in every order (> 10,000)", "leeds"),
        ("no order has it", "zqxwv"),
    ]
    session = Session(args.base, "manager", "demo")
    print(f"\n{total} orders with search text; {args.runs} requests per search after {args.warmup} warm-up\n")
    print(f"{'search':44} {'typed':28} {'median ms':>10} {'p99 ms':>8} {'found':>8}")
    for name, typed in searches:
        path = "/orders/search.xhtml?q=" + quote(typed)
        median, p99, found = measure(session, path, args.warmup, args.runs, page=b'id="searchSummary"',
                                     counted=(rb"([0-9,]+) orders have", rb"(One) order has", rb"(More than [0-9,]+)",
                                              rb"(No) order has"))
        print(f"{name:44} {typed:28} {median:10.1f} {p99:8.1f} {found:>8}", flush=True)


if __name__ == "__main__":
    main()
