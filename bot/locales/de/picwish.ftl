# PicWish (ID photo service) errors, shown to the user.

picwish-error = Beim Erstellen deines Fotos ist etwas schiefgelaufen. Bitte versuch es in einer Minute noch einmal.
picwish-bad-setting = Die Einstellung „{ $field }“ ist ungültig (erlaubt: { $allowed }). Bitte wähle einen anderen Wert.
picwish-no-image = Bitte schick mir zuerst ein Foto.
picwish-image-too-large = Dieses Foto ist { $size_mb } MB groß; das Limit liegt bei { $limit_mb } MB. Bitte schick ein kleineres Foto oder schick es komprimiert (als Foto, nicht als Datei).
picwish-image-too-many-pixels = Dieses Foto hat { $width }×{ $height } Pixel; das Limit liegt bei { $limit }×{ $limit }. Bitte schick ein kleineres Foto.
picwish-image-unsupported = Mit diesem Dateityp kann ich nichts anfangen. Bitte schick ein Foto als JPG, PNG, WEBP, BMP oder TIFF.
picwish-invalid-image = Ich konnte das nicht als Foto lesen. Bitte schick ein klares Foto mit genau einem Gesicht, das in die Kamera schaut.
picwish-task-failed = Der Fotodienst konnte dieses Foto nicht verarbeiten (Code { $state }). Versuch ein anderes Foto: eine Person, frontal zur Kamera, gleichmäßiges Licht. Dir wurde nichts berechnet.
picwish-timeout = Der Fotodienst braucht gerade zu lange. Bitte versuch es in einer Minute noch einmal. Dir wurde nichts berechnet.
picwish-outcome-unknown = Ich habe die Verbindung zum Fotodienst verloren, während er an deinem Foto gearbeitet hat. Bitte warte eine Minute, bevor du es noch einmal versuchst.
picwish-busy = Der Fotodienst ist gerade ausgelastet. Bitte versuch es in einer Minute noch einmal.
picwish-unreachable = Ich erreiche den Fotodienst gerade nicht. Bitte versuch es in ein paar Minuten noch einmal.
picwish-unavailable = Der Fotodienst ist wegen eines Problems auf unserer Seite gerade nicht verfügbar. Bitte versuch es später noch einmal.
picwish-rejected = Der Fotodienst hat diese Anfrage nicht angenommen. Versuch ein anderes Foto oder andere Einstellungen.
picwish-last-id-expired = Der Fotodienst hat dein früheres Foto nicht mehr gespeichert. Bitte schick es noch einmal.
picwish-download-failed = Dein Foto ist fertig, aber ich konnte es nicht rechtzeitig herunterladen. Bitte versuch es noch einmal.
