## Photo specifications: document words, titles, the requirements message, custom sizes, diagram.

## Document kinds (the first word of a title: "Reisepass Deutschland").
specs-doc-passport = Reisepass
specs-doc-visa = Visum
specs-doc-schengen-visa = Schengen-Visum
specs-doc-evisa = E-Visum
specs-doc-visa-on-arrival = Visum bei Ankunft
specs-doc-id-card = Personalausweis
specs-doc-internal-passport = Inlandspass
specs-doc-residence-permit = Aufenthaltstitel
specs-doc-green-card = Green Card
specs-doc-dv-lottery = DV-Lotterie
specs-doc-pr-card = PR-Karte
specs-doc-oci-card = OCI-Karte
specs-doc-citizenship = Einbürgerung
specs-doc-driving-licence = Führerschein
specs-doc-police-certificate = Führungszeugnis
specs-doc-pan-card = PAN-Karte
specs-doc-voter-id = Wählerausweis
specs-doc-custom = Eigene Größe

specs-title = { $document } { $country }
specs-title-variant = { $document } { $country } ({ $variant })
specs-title-custom = Eigene Größe { $size }

## Sizes.
specs-size-mm = { $width }×{ $height } mm
specs-size-in = { $width }×{ $height } Zoll
specs-size-px = { $width }×{ $height } Pixel

## Background colours.
specs-colour-white = weiß
specs-colour-off-white = cremeweiß
specs-colour-light-grey = hellgrau
specs-colour-grey = grau
specs-colour-cream = creme
specs-colour-beige = beige
specs-colour-light-blue = hellblau
specs-colour-blue = blau
specs-colour-red = rot
specs-colour-other = eigene Farbe

## The requirements message, one line each.
specs-req-size = 📐 { $size }
specs-req-size-digital = 📐 Digitales Foto, { $size }
specs-req-head = 👤 Kopf, Kinn bis Scheitel: { $min }–{ $max } mm
specs-req-head-pct = 👤 Kopf, Kinn bis Scheitel: { $min }–{ $max } % der Höhe
specs-req-eyes = 👁 Augen: { $min }–{ $max } mm über der Unterkante
specs-req-head-top = ⬆️ Abstand über dem Kopf: { $min }–{ $max } mm
specs-req-background = 🎨 Hintergrund: { $colours }
specs-req-file = 💾 { $format }-Datei
specs-req-file-limit = 💾 { $format }-Datei, so klein, wie das Online-Formular es verlangt
specs-req-rules = 🙂 { $rules }
specs-rule-no-glasses = keine Brille
specs-rule-glasses-clear = klare Brille erlaubt, wenn die Augen ganz sichtbar sind
specs-rule-neutral = neutraler Gesichtsausdruck, Mund geschlossen
specs-rule-smile-ok = leichtes Lächeln erlaubt
specs-rule-recent = { $months ->
    [one] nicht älter als einen Monat
   *[other] nicht älter als { $months } Monate
}

## Warnings shown with a spec.
specs-warning-office-capture = ⚠️ Die Behörde macht dieses Foto eventuell selbst bei deinem Termin. Prüf das, bevor du eins druckst oder bezahlst.
specs-warning-de-e-photo = ⚠️ Seit Mai 2025 werden Fotos für deutsche Reisepässe und Personalausweise im Bürgeramt aufgenommen oder von einem registrierten Fotografen digital dorthin übermittelt; ausgedruckte Fotos werden nicht mehr angenommen.
specs-warning-no-edit = ⚠️ Fotos mit bearbeitetem oder ersetztem Hintergrund werden abgelehnt. Mach das Selfie vor einer hellen, einfarbigen Wand und behalte diesen Hintergrund.
specs-warning-photographer = ⚠️ Muss von einem Berufsfotografen aufgenommen werden, der Studioname und Datum auf die Rückseite schreibt.
specs-warning-hijab = ⚠️ Frauen müssen ein Kopftuch (Hidschab) tragen; das ganze Gesicht muss sichtbar bleiben.
specs-warning-size-disputed = ⚠️ Die Quellen sind sich bei der Größe uneinig: Manche nennen { $size }. Frag bei der Stelle nach, die deinen Antrag annimmt.

## Custom sizes.
specs-custom-error-format = Ich konnte „{ $text }“ nicht als Fotogröße lesen. Versuch 35x45mm, 2x2in oder 600x800px.
specs-custom-error-unit = Ist „{ $text }“ in Millimetern, Zoll oder Pixeln? Gib die Einheit an, z. B. { $example }, 2x2in oder 600x800px.
specs-custom-error-mm-range = Jede Seite muss zwischen { $min } und { $max } mm lang sein.
specs-custom-error-px-range = Jede Seite muss zwischen { $min } und { $max } Pixel lang sein.
specs-custom-error-landscape = Das ist breiter als hoch, Passfotos sind aber Hochformat. Meintest du { $suggestion }?
specs-custom-error-ratio = Diese Form ist zu schmal für ein Gesichtsfoto: Breite ÷ Höhe muss zwischen { $min } und { $max } liegen.
specs-custom-error-dpi = Die Auflösung muss zwischen { $min } und { $max } dpi liegen.
specs-custom-error-too-big = Bei { $dpi } dpi sind das { $width }×{ $height } Pixel, mehr als das Limit von { $max } px. Nimm weniger dpi.

## Diagram labels.
specs-diagram-side = { $value } mm
specs-diagram-side-px = { $value } px
specs-diagram-head = Kopf { $min }–{ $max } mm
specs-diagram-eyes = Augen { $min }–{ $max } mm
specs-diagram-head-pct = Kopf { $min }–{ $max } %
specs-diagram-eyes-pct = Augen { $min }–{ $max } %
