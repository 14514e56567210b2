## Telegram Stars (issue 15): price, invoice, pre-checkout answers, refunds, /paysupport, /terms,
## /sponsor, and the operator's Stars figures in /ops.
btn-pay-final = ✅ Get the final photo · { $stars } ⭐
pay-invoice-title = ID photo: { $document }
pay-invoice-description = { $document }, { $size }: the final photo without watermark and a printable sheet, sent here as files. Refunded automatically if they cannot be delivered.
pay-invoice-label = Final photo

## Answers to "Pay" (shown by Telegram on the payment screen).
pay-declined-session = This invoice is for a photo that is no longer open. Send your photo again to get a new invoice.
pay-declined-options = The options changed after this invoice was sent. Tap “Get the final photo” again for a new invoice.
pay-declined-paid = This final photo is already paid for: it is being made or has been sent to you.
pay-declined-invalid = This invoice is no longer valid. Tap “Get the final photo” for a new one.
pay-declined-error = The payment could not be checked just now. You have not been charged; please try again.

## After the payment.
pay-received = Payment received: { $stars } ⭐. Thank you!
pay-refunded = Your final photo could not be delivered, so your { $stars } ⭐ have been refunded. { $reason }
pay-refund-pending = Your final photo could not be delivered. Your { $stars } ⭐ will be refunded shortly; if they do not arrive, write /paysupport.
pay-refunded-by-operator = Your payment of { $stars } ⭐ has been refunded by the bot’s operator.
pay-not-available = Payments are not open for this photo any more. Send your photo again to start over.

## /paysupport and /terms.
cmd-paysupport = Help with payments
cmd-terms = What you buy and the refund rule
paysupport =
    Help with payments
    Each final photo is paid once, in Telegram Stars. If it cannot be delivered, the Stars are refunded automatically, in full.
    Questions or problems: { $contact }. Please quote the payment id shown below.
    Your payments:
    { $payments }
paysupport-contact-unset = write to the operator of this bot
paysupport-line = { $date } · { $stars } ⭐ · { $status ->
        [paid] paid
        [delivering] being made
        [delivered] delivered
        [refund_pending] refund under way
       *[refunded] refunded
    } · { $charge }
paysupport-none = (no payments yet)
terms =
    Terms
    What you buy: one final ID photo for the document and options shown in your free preview, without watermark, and a printable sheet, both sent in this chat as files.
    Price: { $stars } ⭐ (Telegram Stars), shown on the button and on the invoice before you pay. Previews are free.
    Refunds: if the final photo cannot be made or delivered, your Stars are refunded automatically and in full. A delivered photo is not refunded automatically; if something is wrong with it, write /paysupport.
    The bot checks the photo against the document’s published size rules; the authority that receives it has the last word.
terms-free =
    Terms
    Final photos are free on this bot: nothing is sold and nothing is charged to you.
    The bot checks the photo against the document’s published size rules; the authority that receives it has the last word.

## /sponsor (group admins).
cmd-sponsor = Pay members’ finals from the group budget
sponsor-on = Done: members of “{ $group }” get their finals without paying; the group’s budget pays for them.
sponsor-off = Done: members of “{ $group }” now pay for their own finals in Stars.
sponsor-usage = Use /sponsor on or /sponsor off. Now: { $status ->
        [on] on
       *[off] off
    }.

## /ops: Stars for the operator.
ops-stars =
    Stars today: received { $d_received }, refunded { $d_refunded }, net { $d_net } ⭐.
    Stars this month: received { $m_received }, refunded { $m_refunded }, net { $m_net } ⭐.
    Last days:
    { $days }
    Last months:
    { $months }
ops-stars-line = { $period }: +{ $received } −{ $refunded } = { $net } ⭐
ops-stars-none = (none)
ops-refund-usage = Usage: /ops refund <telegram payment charge id>
ops-refund-unknown = No payment has the id { $charge }.
ops-refund-done = Refunded { $stars } ⭐ to user { $user } (payment { $charge }).
ops-refund-already = Payment { $charge } is already refunded.
ops-refund-failed = Telegram refused to refund { $charge }: { $error }
