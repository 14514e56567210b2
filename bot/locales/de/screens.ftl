## Bildschirme des Zwei-Tipp-Ablaufs (Issues #19, #20): eine Nachricht pro Bildschirm, einfache Worte.

screens-photo-received = Foto erhalten.
screens-previewing = ⏳ Deine kostenlose Vorschau wird erstellt…
screens-preview-below = ⬇️ Deine kostenlose Vorschau ist unten.
screens-finalizing = ⏳ Dein fertiges Foto und der Druckbogen werden erstellt – sie kommen gleich unten als Dateien.
screens-preview-caption =
    Kostenlose Vorschau (mit Wasserzeichen) – { $spec }
    { $size } · Hintergrund: { $background } · { $outfit } · Retusche: { $touchups }
screens-final-free = Das fertige Foto und ein Druckbogen ({ $paper }) sind kostenlos.
screens-final-stars = Das fertige Foto und ein Druckbogen: { $stars } ⭐ (Telegram Stars). Können sie nicht zugestellt werden, bekommst du deine Stars automatisch zurück.
screens-finals-left = Das fertige Foto und ein Druckbogen ({ $paper }) sind kostenlos: noch { $left } von { $count } kostenlosen Fotos { $period ->
        [day] heute
        [week] diese Woche
       *[month] diesen Monat
    }.
screens-bg-warning = ⚠️ { $spec } verlangt { $required }: Ein Foto mit diesem Hintergrund kann abgelehnt werden.
screens-choose-background =
    Hintergrundfarbe? { $spec } verlangt { $required }.
    Mit ⚠️ markierte Farben werden für dieses Dokument nicht akzeptiert.
btn-bg-ok = ✓ { $color }
btn-bg-warn = ⚠️ { $color }
screens-choose-outfit = Kleidung? Behalte deine eigene oder zieh ein formelles Outfit an.
screens-confirm-final =
    Das fertige Foto erstellen?
    Du bekommst das Foto und einen Druckbogen ({ $paper }) als Dateien (ohne Komprimierung).
screens-done = Fertig! Brauchst du ein weiteres Dokument aus demselben Foto? Es beginnt wieder mit einer kostenlosen Vorschau.
