# Imaging: checking what users send, checking what PicWish returns, the printable sheet.

## What comes in

imaging-empty = Die Datei ist leer (0 Byte). Bitte schick das Foto noch einmal.

imaging-not-an-image = Diese Datei ist kein Foto, das ich lesen kann. Bitte schick ein Foto als JPEG, PNG, WebP, HEIC, BMP oder TIFF.

imaging-corrupt = Das Foto scheint beschädigt oder unvollständig zu sein, daher kann ich es nicht öffnen. Bitte schick es noch einmal oder eine andere Kopie.

imaging-animated = { $kind ->
    [video] Ich brauche ein Standfoto, kein Video. Bitte schick ein Foto deines Gesichts.
    [video_note] Ich brauche ein Standfoto, keine Videonachricht. Bitte schick ein Foto deines Gesichts.
    [sticker] Sticker eignen sich nicht für ein Passfoto. Bitte schick ein Foto deines Gesichts.
   *[animation] Animierte Bilder eignen sich nicht für ein Passfoto. Bitte schick ein Standfoto.
}

imaging-too-big-download = Die Datei ist { NUMBER($size_mb, maximumFractionDigits: 1) } MB groß, und Telegram lässt mich nur Dateien bis { $limit_mb } MB herunterladen. Bitte schick eine kleinere Datei oder schick sie als Foto statt als Datei.

imaging-bomb = Das Bild hat viel zu viele Pixel, um es sicher zu öffnen. Bitte schick ein normales Foto aus deiner Kamera oder eine kleinere Kopie davon.

imaging-too-small = Das Foto hat nur { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } Pixel – zu klein für ein Passfoto. Bitte schick ein Foto mit mindestens { NUMBER($min_side, useGrouping: 0) } Pixeln an der kürzeren Seite.

imaging-low-resolution = Hinweis: Dein Foto hat { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } Pixel, weniger als die { NUMBER($need_width, useGrouping: 0) }×{ NUMBER($need_height, useGrouping: 0) } Pixel, die dieses Dokument braucht – das Ergebnis kann unscharf wirken. Für ein scharfes Ergebnis schick das Originalfoto als Datei oder mach ein neues.

## What goes out

imaging-result-corrupt = Der Fotodienst hat eine beschädigte Datei zurückgeschickt. Bitte versuch es gleich noch einmal.

imaging-result-wrong-size = Der Fotodienst hat ein Foto mit { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } Pixeln statt { NUMBER($expected_width, useGrouping: 0) }×{ NUMBER($expected_height, useGrouping: 0) } geliefert, deshalb habe ich es nicht geschickt. Bitte versuch es noch einmal.

imaging-file-size-unreachable = Dieses Dokument verlangt eine Datei von höchstens { $max_kb } KB, aber selbst bei der niedrigsten vertretbaren Qualität ist dein Foto { $best_kb } KB groß. Ich habe es nicht weiter verkleinert, weil es sonst nicht mehr wie ein Foto aussähe; eventuell musst du es mit dem Tool komprimieren, das die Antragswebsite empfiehlt.

## The printable sheet

imaging-sheet-caption-6inch = { $copies ->
    [one] Ein Exemplar
   *[other] { $copies } Exemplare
} auf Fotopapier 10×15 cm (4×6 Zoll). { imaging-sheet-print-hint }
imaging-sheet-caption-5inch = { $copies ->
    [one] Ein Exemplar
   *[other] { $copies } Exemplare
} auf Fotopapier 9×13 cm (3,5×5 Zoll). { imaging-sheet-print-hint }
imaging-sheet-caption-a4 = { $copies ->
    [one] Ein Exemplar
   *[other] { $copies } Exemplare
} auf A4-Papier. { imaging-sheet-print-hint }
imaging-sheet-caption-letter = { $copies ->
    [one] Ein Exemplar
   *[other] { $copies } Exemplare
} auf US-Letter-Papier. { imaging-sheet-print-hint }
imaging-sheet-print-hint = Mit 100 % drucken („Originalgröße“, nicht „An Seite anpassen“), dann an den grauen Linien ausschneiden.
