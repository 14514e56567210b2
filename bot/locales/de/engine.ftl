# The offline engine (bot/engine/): problems with the face in a photo, and the compliance check
# of finished photos.

## Making the photo

engine-error = Beim Erstellen deines Fotos ist etwas schiefgelaufen. Bitte versuch es noch einmal oder schick ein anderes Foto.
engine-unavailable = Die Fotoerstellung ist wegen eines Problems auf unserer Seite gerade nicht verfügbar. Bitte versuch es später noch einmal.
engine-unsupported = Diese Anfrage kann hier nicht erstellt werden. Bitte wähle das Dokument noch einmal.
engine-outfits-need-picwish = Kleidung gibt es nur mit dem Online-Fotodienst, der für diesen Bot nicht eingerichtet ist. Dein Foto behält deine eigene Kleidung.

## The face in the photo (checked before anything is charged)

engine-face-problem = Das Gesicht auf diesem Foto kann ich nicht verwenden. Bitte schick ein klares Foto von einer Person, die direkt in die Kamera schaut.
engine-no-face = Ich konnte auf diesem Foto kein Gesicht finden. Bitte schick ein Foto deines Gesichts, Blick direkt in die Kamera, bei gutem Licht.
engine-several-faces = Ich habe { $count ->
        [one] { $count } Gesicht
       *[other] { $count } Gesichter
    } auf diesem Foto gefunden. Ein Passfoto zeigt nur eine Person: Bitte schick ein Foto nur von dir oder schneide die anderen weg.
engine-face-too-small = Dein Gesicht ist auf diesem Foto zu klein ({ $face_px } Pixel hoch; ich brauche mindestens { $min_px }). Geh näher an die Kamera oder schick ein Foto, auf dem dein Gesicht mehr vom Bild ausfüllt.
engine-face-turned = Dein Kopf ist von der Kamera weggedreht. Bitte schau direkt in die Kamera, Kinn gerade, und mach das Foto noch einmal.
engine-eyes-closed = Deine Augen wirken auf diesem Foto geschlossen. Bitte schick ein Foto mit beiden Augen offen und Blick in die Kamera.

## Compliance check of a finished photo (numbers in millimetres on the printed photo)

engine-check-no-face = Ich konnte auf dem fertigen Foto kein Gesicht finden und es daher nicht mit den Regeln abgleichen.
engine-check-intro = Hinweis: Ich habe dieses Foto vermessen – es erfüllt die Regeln für dieses Dokument möglicherweise nicht:
engine-check-head-height = Der Kopf (Kinn bis Scheitel) misst { $measured } mm; vorgegeben sind { $min }–{ $max } mm.
engine-check-eye-line = Die Augen liegen { $measured } mm über der Unterkante; vorgegeben sind { $min }–{ $max } mm.
engine-check-head-top = Der Abstand über dem Kopf beträgt { $measured } mm; vorgegeben sind { $min }–{ $max } mm.
engine-check-face-width = Das Gesicht ist { $measured } mm breit; vorgegeben sind { $min }–{ $max } mm.
engine-check-off-centre = Der Kopf ist um { $offset } mm aus der Mitte verschoben.
engine-check-tilted = Der Kopf ist um { $degrees }° geneigt.
engine-check-background-uneven = Der Hintergrund ist nicht gleichmäßig (nur { $percent } % davon sind eine einheitliche Farbe).
engine-check-background-colour = Die Hintergrundfarbe (#{ $found }) ist nicht die vorgeschriebene (#{ $expected }).
