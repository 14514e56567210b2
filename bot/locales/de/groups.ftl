## Limits: said when a final or a preview cannot be made now.
limit-daily-credits = Der Bot hat das heutige Limit für fertige Fotos erreicht. Bitte versuch es nach { $reset } noch einmal.
limit-user-finals = Du hast { $period ->
        [day] heute
        [week] diese Woche
        [month] diesen Monat
       *[other] in diesem Zeitraum ({ $period })
    } schon { $count ->
        [one] { $count } fertiges Foto
       *[other] { $count } fertige Fotos
    } erstellt – das ist das Limit. Es wird am { $reset } zurückgesetzt. Kostenlose Vorschauen funktionieren weiterhin.
limit-group-quota = „{ $group }“ erlaubt { $count ->
        [one] { $count } fertiges Foto
       *[other] { $count } fertige Fotos
    } pro Mitglied und { $period ->
        [day] Tag
        [week] Woche
        [month] Monat
       *[other] Zeitraum ({ $period })
    }, und du hast sie aufgebraucht. Zurückgesetzt wird am { $reset }.
limit-group-budget = „{ $group }“ hat das Fotobudget für diesen Monat aufgebraucht. Es wird am { $reset } zurückgesetzt; wende dich an die Admins der Gruppe.
limit-group-disabled = Die Admins von „{ $group }“ haben den Foto-Bot für die Gruppe pausiert.
limit-previews = Das sind { $count ->
        [one] { $count } Vorschau
       *[other] { $count } Vorschauen
    } in einer Stunde – mach eine kurze Pause. Ab { $reset } kannst du wieder eine Vorschau erstellen.

## Groups.
group-open-private = Die Fotos entstehen im privaten Chat, damit dein Selfie nie in der Gruppe erscheint. Tippe unten, um zu starten.
group-open-button = 📷 Mein Passfoto erstellen
group-disabled = Der Foto-Bot ist in dieser Gruppe pausiert. Ein Admin kann ihn mit /enable einschalten.
group-admins-only = Sorry, nur die Admins der Gruppe können die Foto-Einstellungen ändern.
group-setspec-usage = Gib an, wofür die Fotos der Gruppe sind, z. B. /setspec Reisepass Deutschland (oder eine Größe: /setspec 35x45mm).
group-setspec-pick = Wähle das Dokument der Gruppe:
group-spec-set = Erledigt: Mitglieder bekommen standardmäßig { $spec }.
group-setbg-usage = Gib eine Farbe als Hex-Code an, z. B. /setbg FFFFFF (oder /setbg off).
group-bg-set = Erledigt: Der Standardhintergrund ist { $color }.
group-bg-cleared = Erledigt: Mitglieder wählen den Hintergrund selbst.
group-quota-usage = Beispiel: /quota 2 per month (fertige Fotos pro Mitglied) oder /quota off.
group-quota-set = Erledigt: Jedes Mitglied kann { $count ->
        [one] { $count } fertiges Foto
       *[other] { $count } fertige Fotos
    } pro { $period ->
        [day] Tag
        [week] Woche
        [month] Monat
       *[other] Zeitraum ({ $period })
    } erstellen.
group-quota-cleared = Erledigt: kein Limit pro Mitglied.
group-budget-usage = Beispiel: /budget 300 per month (Credits, die die Gruppe ausgeben darf) oder /budget off.
group-budget-set = Erledigt: Die Gruppe darf { $credits ->
        [one] { $credits } Credit
       *[other] { $credits } Credits
    } pro Monat ausgeben.
group-budget-cleared = Erledigt: kein Monatsbudget.
group-enabled = Der Foto-Bot ist in dieser Gruppe eingeschaltet.
group-disabled-now = Der Foto-Bot ist in dieser Gruppe pausiert.
group-settings =
    Foto-Einstellungen für „{ $group }“:
    Status: { $status }
    Dokument: { $spec }
    Hintergrund: { $background }
    Fertige Fotos pro Mitglied: { $quota }
    Monatsbudget: { $budget }
group-status-on = an
group-status-off = pausiert
group-not-set = nicht festgelegt
group-quota-value = { $count } pro { $period ->
        [day] Tag
        [week] Woche
        [month] Monat
       *[other] Zeitraum ({ $period })
    }
group-budget-value = { $spent } von { $credits ->
        [one] { $credits } Credit
       *[other] { $credits } Credits
    } verbraucht
group-stats =
    Dieser Monat in „{ $group }“:
    Bediente Mitglieder: { $users }
    Vorschauen: { $previews }
    Fertige Fotos: { $finals }
    Verbrauchte Credits: { $credits }

## Operators.
ops-only = Dieser Befehl ist für die Betreiber des Bots.
ops-summary =
    Heute: { $d_previews } Vorschauen, { $d_finals } fertige, { $d_credits } Credits, { $d_failures } Fehler, { $d_users } Nutzer.
    Diesen Monat: { $m_previews } Vorschauen, { $m_finals } fertige, { $m_credits } Credits, { $m_failures } Fehler, { $m_users } Nutzer.
    Top-Gruppen diesen Monat:
    { $groups }
ops-no-groups = (keine)
ops-group-line = { $title } ({ $id }): { $finals } fertige, { $credits } Credits
ops-user-usage = Verwendung: /ops user <telegram user id>
ops-user-history =
    Nutzer { $id }: { $finals } fertige, { $credits } Credits diesen Monat. Letzte Aufträge:
    { $lines }
ops-user-line = { $date } { $purpose } Status { $state } – { $credits } Credits
ops-user-none = (keine Aufträge)

cmd-idphoto = Passfoto erstellen (öffnet einen privaten Chat)
cmd-setspec = Standarddokument der Gruppe festlegen
cmd-setbg = Standardhintergrund der Gruppe festlegen
cmd-quota = Fertige Fotos pro Mitglied und Zeitraum
cmd-budget = Monatliches Credit-Budget der Gruppe
cmd-enable = Foto-Bot in dieser Gruppe einschalten
cmd-disable = Foto-Bot in dieser Gruppe pausieren
cmd-settings = Foto-Einstellungen der Gruppe anzeigen
cmd-stats = Nutzung der Gruppe in diesem Monat
