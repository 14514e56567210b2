## Conversation: the screens a user sees, in order.

welcome =
    Hallo! Ich erstelle Pass-, Visa- und Ausweisfotos nach den offiziellen Vorgaben.
    Schick mir ein Selfie: Blick in die Kamera, gleichmäßiges Licht, einfarbiger Hintergrund, keine Brille.
    Beste Qualität: Schick es als Datei (📎 → Datei), dann komprimiert Telegram es nicht.
welcome-preselected = Ausgewählt: { $spec }.
ask-photo = Schick mir ein Foto deines Gesichts (als Foto oder für beste Qualität als Datei).
photo-checking = Ich prüfe dein Foto…
photo-compressed-tip = Tipp: Telegram hat dieses Foto komprimiert. Für das schärfste Ergebnis schick es nächstes Mal als Datei.

choose-spec =
    Für welches Dokument ist das Foto?
    Tippe auf eins oder gib ein Land, ein Dokument oder eine Größe ein – z. B. „Reisepass USA“, „Deutschland“, „35x45mm“, „2x2in“.
spec-search-results = Treffer für „{ $query }“:
spec-search-none = Nichts gefunden für „{ $query }“. Versuch es mit einem Land, einem Dokument (Reisepass, Visum, Personalausweis) oder einer Größe wie 35x45mm.
bg-white = Weiß
bg-light-grey = Hellgrau
bg-blue = Blau
bg-red = Rot
bg-gradient = Verlauf Blau → Weiß
bg-custom = Andere Farbe…
ask-custom-color = Gib eine Farbe als Hex-Code ein, z. B. 438EDB. Für einen Verlauf von oben nach unten gib zwei ein: 438EDB FFFFFF.
custom-color-invalid = „{ $text }“ ist kein Farbcode. Verwende sechs Hex-Ziffern, z. B. 438EDB (oder zwei für einen Verlauf).

outfit-own = Eigene Kleidung behalten
outfit-group-man = Herrenanzüge
outfit-group-woman = Damenmode
outfit-group-child = Kinderkleidung
outfit-item = { $group ->
    [man] Herren { $number }
    [woman] Damen { $number }
   *[child] Kinder { $number }
}
outfit-pick = Wähle die Kleidung:

touchup-bright = Aufhellen: { $level }
touchup-smooth = Haut glätten: { $level }
touchup-thin_face = Gesicht verschlanken: { $level }
touchup-sharp = Schärfen: { $level }
touchup-level = { $level ->
    [0] aus
    [1] leicht
    [2] mittel
   *[3] stark
}

choose-paper = Druckbogen: Papierformat und Ausrichtung, Farbe des Bogens und auf Wunsch eine Beschriftung oder ein QR-Code.
paper-6inch = 6″ (4×6 Zoll, 10×15 cm)
paper-5inch = 5″ (3,5×5 Zoll)
paper-a4 = A4
paper-letter = US Letter
paper-horizontal = Querformat
paper-vertical = Hochformat
paper-current = ✓ { $label }
sheet-canvas-ffffff = Weißer Bogen
sheet-canvas-eeeeee = Hellgrauer Bogen
sheet-canvas-ddeeff = Hellblauer Bogen
btn-sheet-label = 🏷 Beschriftung hinzufügen
btn-sheet-label-set = 🏷 Beschriftung: { $text }
btn-sheet-qr = 🔳 QR-Code hinzufügen
btn-sheet-qr-set = 🔳 QR-Code ✓
ask-sheet-label = Schreib die Beschriftung, die neben die Fotos gedruckt wird (Name, Klasse …): bis zu 2 Zeilen mit je 40 Zeichen.
ask-sheet-qr = Schreib, was der QR-Code auf dem Bogen enthalten soll: einen Link oder einen kurzen Text (bis zu 300 Zeichen).
btn-sheet-label-none = Keine Beschriftung
btn-sheet-qr-none = Kein QR-Code
sheet-label-invalid = Diese Beschriftung passt nicht: höchstens 2 Zeilen mit je { $chars } Zeichen.
sheet-qr-invalid = Das passt nicht in den QR-Code: 1 bis { $chars } Zeichen.

outfit-none = eigene Kleidung
touchups-none = keine

btn-change-spec = 📄 Dokument
btn-change-background = 🎨 Hintergrund
btn-change-outfit = 👔 Kleidung
btn-change-touchups = ✨ Retusche
btn-change-paper = 🖨 Papier
btn-final = ✅ Fertiges Foto holen
btn-new-photo = 📷 Neues Foto
btn-retry-preview = 🔁 Vorschau wiederholen
btn-back = ← Zurück
btn-continue = Weiter →
btn-another-size = 📐 Andere Größe aus dem Foto
btn-more = Mehr →
btn-prev = ← Zurückblättern

final-already-running = Dein fertiges Foto wird schon erstellt – es kommt gleich.
preview-already-running = Deine Vorschau wird noch erstellt – einen Moment.
final-photo-caption = { $spec } · { $size }
final-failed = { $reason } Dir wurde nichts berechnet; tippe auf „Fertiges Foto holen“, um es noch einmal zu versuchen.
final-interrupted = Der Bot wurde neu gestartet, während dein fertiges Foto erstellt wurde. Tippe auf „Fertiges Foto holen“, um es noch einmal zu versuchen.

## General.
help =
    Ich mache aus einem Selfie ein Pass-, Visa- oder Ausweisfoto und einen Druckbogen.
    1. Schick ein Foto deines Gesichts. 2. Wähle das Dokument. 3. Wähle Hintergrund und Kleidung.
    4. Prüf die kostenlose Vorschau. 5. Hol dir das fertige Foto und den Druckbogen als Dateien.
    Befehle: /start – loslegen, /new – mit neuem Foto neu beginnen, /cancel – abbrechen, /deletedata – deine Daten löschen, /help – diese Hilfe.
cancelled = Abgebrochen. Schick /start, wenn du ein Foto brauchst.
nothing-to-cancel = Es gibt nichts abzubrechen. Schick /start, um ein Foto zu machen.
menu-expired = Dieses Menü ist abgelaufen. Schick /start, um neu zu beginnen.
menu-not-yours = Dieses Menü gehört nicht dir – schick /idphoto, um dein eigenes zu bekommen.
tap-a-button = Bitte tippe auf einen der Buttons oben (oder /cancel zum Abbrechen).
send-a-photo = Bitte schick ein Foto deines Gesichts – als Foto oder als Datei.
unsupported-message = Damit kann ich nichts anfangen. Bitte schick ein Foto deines Gesichts – als Foto oder als Datei.
session-timed-out = Deine Sitzung wurde nach einer langen Pause beendet und dein Foto gelöscht. Schick /start, um neu zu beginnen.
error-generic = Entschuldigung, bei mir ist etwas schiefgelaufen. Versuch es in einer Minute noch einmal oder schick /start, um neu zu beginnen.
data-deleted = Erledigt: Deine Fotos, Sitzungen und persönlichen Daten sind gelöscht. Nur anonyme Nutzungszahlen bleiben.
## Command menu descriptions.
cmd-start = Pass-, Visa- oder Ausweisfoto erstellen
cmd-new = Mit neuem Foto neu beginnen
cmd-cancel = Aktuelles Foto abbrechen
cmd-help = So funktioniert’s
cmd-deletedata = Meine Fotos und Daten löschen
photo-expired = Ich habe dein Foto nicht mehr (es wird zum Schutz deiner Privatsphäre nach einiger Zeit gelöscht). Bitte schick es noch einmal.

## Language.
choose-language = Wähle deine Sprache:
language-set = Sprache: { $language }.
cmd-language = Sprache ändern
