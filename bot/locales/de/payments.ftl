## Telegram Stars (issue 15).
btn-pay-final = ✅ Fertiges Foto holen · { $stars } ⭐
pay-invoice-title = Passfoto: { $document }
pay-invoice-description = { $document }, { $size }: das fertige Foto ohne Wasserzeichen und ein Druckbogen, hier als Dateien gesendet. Automatische Erstattung, falls sie nicht zugestellt werden können.
pay-invoice-label = Fertiges Foto
pay-declined-session = Diese Rechnung gehört zu einem Foto, das nicht mehr offen ist. Sende dein Foto erneut, um eine neue Rechnung zu bekommen.
pay-declined-options = Die Optionen haben sich nach dieser Rechnung geändert. Tippe erneut auf „Fertiges Foto holen“ für eine neue Rechnung.
pay-declined-paid = Dieses fertige Foto ist schon bezahlt: Es wird gerade gemacht oder wurde dir gesendet.
pay-declined-invalid = Diese Rechnung ist nicht mehr gültig. Tippe auf „Fertiges Foto holen“ für eine neue.
pay-declined-error = Die Zahlung konnte gerade nicht geprüft werden. Dir wurde nichts berechnet; bitte versuche es erneut.
pay-received = Zahlung erhalten: { $stars } ⭐. Danke!
pay-refunded = Dein fertiges Foto konnte nicht zugestellt werden, deshalb wurden deine { $stars } ⭐ erstattet. { $reason }
pay-refund-pending = Dein fertiges Foto konnte nicht zugestellt werden. Deine { $stars } ⭐ werden in Kürze erstattet; falls nicht, schreibe /paysupport.
pay-refunded-by-operator = Deine Zahlung von { $stars } ⭐ wurde vom Betreiber des Bots erstattet.
pay-not-available = Für dieses Foto ist keine Zahlung mehr möglich. Sende dein Foto erneut, um neu zu beginnen.
cmd-paysupport = Hilfe zu Zahlungen
cmd-terms = Was du kaufst und die Erstattungsregel
paysupport =
    Hilfe zu Zahlungen
    Jedes fertige Foto wird einmal bezahlt, in Telegram Stars. Kann es nicht zugestellt werden, werden die Stars automatisch und vollständig erstattet.
    Fragen oder Probleme: { $contact }. Bitte nenne die Zahlungs-ID aus der Liste unten.
    Deine Zahlungen:
    { $payments }
paysupport-contact-unset = schreibe dem Betreiber dieses Bots
paysupport-line = { $date } · { $stars } ⭐ · { $status ->
        [paid] bezahlt
        [delivering] wird gemacht
        [delivered] zugestellt
        [refund_pending] Erstattung läuft
       *[refunded] erstattet
    } · { $charge }
paysupport-none = (noch keine Zahlungen)
terms =
    Bedingungen
    Was du kaufst: ein fertiges Passfoto für das Dokument und die Optionen deiner kostenlosen Vorschau, ohne Wasserzeichen, und einen Druckbogen, beide in diesem Chat als Dateien.
    Preis: { $stars } ⭐ (Telegram Stars), vor dem Bezahlen auf der Schaltfläche und der Rechnung angezeigt. Vorschauen sind kostenlos.
    Erstattung: Kann das fertige Foto nicht gemacht oder zugestellt werden, werden deine Stars automatisch und vollständig erstattet. Ein zugestelltes Foto wird nicht automatisch erstattet; stimmt etwas nicht, schreibe /paysupport.
    Der Bot prüft das Foto anhand der veröffentlichten Größenregeln des Dokuments; das letzte Wort hat die Behörde, die es annimmt.
terms-free =
    Bedingungen
    Fertige Fotos sind in diesem Bot kostenlos: Es wird nichts verkauft und dir nichts berechnet.
    Der Bot prüft das Foto anhand der veröffentlichten Größenregeln des Dokuments; das letzte Wort hat die Behörde, die es annimmt.
cmd-sponsor = Fotos der Mitglieder aus dem Gruppenbudget zahlen
sponsor-on = Erledigt: Mitglieder von „{ $group }“ bekommen ihre fertigen Fotos ohne zu bezahlen; das Budget der Gruppe zahlt sie.
sponsor-off = Erledigt: Mitglieder von „{ $group }“ bezahlen ihre fertigen Fotos jetzt selbst in Stars.
sponsor-usage = Verwende /sponsor on oder /sponsor off. Jetzt: { $status ->
        [on] an
       *[off] aus
    }.
ops-stars =
    Stars heute: erhalten { $d_received }, erstattet { $d_refunded }, netto { $d_net } ⭐.
    Stars diesen Monat: erhalten { $m_received }, erstattet { $m_refunded }, netto { $m_net } ⭐.
    Letzte Tage:
    { $days }
    Letzte Monate:
    { $months }
ops-stars-line = { $period }: +{ $received } −{ $refunded } = { $net } ⭐
ops-stars-none = (keine)
ops-refund-usage = Verwendung: /ops refund <telegram payment charge id>
ops-refund-unknown = Keine Zahlung hat die ID { $charge }.
ops-refund-done = { $stars } ⭐ an Nutzer { $user } erstattet (Zahlung { $charge }).
ops-refund-already = Zahlung { $charge } ist schon erstattet.
ops-refund-failed = Telegram hat die Erstattung von { $charge } abgelehnt: { $error }
