# Imaging: checking what users send, checking what PicWish returns, the printable sheet.

## What comes in

imaging-empty = El archivo está vacío (0 bytes). Envía la foto de nuevo.

imaging-not-an-image = Ese archivo no es una foto que pueda leer. Envía una foto en JPEG, PNG, WebP, HEIC, BMP o TIFF.

imaging-corrupt = Esa foto parece dañada o incompleta y no puedo abrirla. Envíala de nuevo o envía otra copia.

imaging-animated = { $kind ->
    [video] Necesito una foto fija, no un video. Envía una foto de tu cara.
    [video_note] Necesito una foto fija, no un videomensaje. Envía una foto de tu cara.
    [sticker] Los stickers no sirven para una foto de documento. Envía una foto de tu cara.
   *[animation] Las imágenes animadas no sirven para una foto de documento. Envía una foto fija.
}

imaging-too-big-download = Ese archivo pesa { NUMBER($size_mb, maximumFractionDigits: 1) } MB y Telegram solo me deja descargar archivos de hasta { $limit_mb } MB. Envía un archivo más pequeño, o envíalo como foto en lugar de como archivo.

imaging-bomb = Esa imagen tiene demasiados píxeles para abrirla con seguridad. Envía una foto normal de tu cámara o una copia más pequeña.

imaging-too-small = Esa foto solo mide { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } píxeles, demasiado pequeña para una foto de documento. Envía una foto de al menos { NUMBER($min_side, useGrouping: 0) } píxeles en su lado más corto.

imaging-low-resolution = Aviso: tu foto mide { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } píxeles, menos de los { NUMBER($need_width, useGrouping: 0) }×{ NUMBER($need_height, useGrouping: 0) } píxeles que necesita este documento, así que el resultado puede verse poco nítido. Para un resultado nítido, envía la foto original como archivo o toma una nueva.

## What goes out

imaging-result-corrupt = El servicio de fotos devolvió un archivo dañado. Inténtalo de nuevo en un momento.

imaging-result-wrong-size = El servicio de fotos devolvió una foto de { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } píxeles en lugar de { NUMBER($expected_width, useGrouping: 0) }×{ NUMBER($expected_height, useGrouping: 0) }, así que no la envié. Inténtalo de nuevo.

imaging-file-size-unreachable = Este documento necesita un archivo de { $max_kb } KB como máximo, pero incluso con la calidad mínima aceptable tu foto pesa { $best_kb } KB. No la reduje más porque ya no parecería una foto; quizá tengas que comprimirla con la herramienta que recomienda el sitio web de la solicitud.

## The printable sheet

imaging-sheet-caption-6inch = { $copies ->
    [one] Una copia
   *[other] { $copies } copias
} en papel fotográfico de 10×15 cm (4×6 pulgadas). { imaging-sheet-print-hint }
imaging-sheet-caption-5inch = { $copies ->
    [one] Una copia
   *[other] { $copies } copias
} en papel fotográfico de 9×13 cm (3,5×5 pulgadas). { imaging-sheet-print-hint }
imaging-sheet-caption-a4 = { $copies ->
    [one] Una copia
   *[other] { $copies } copias
} en papel A4. { imaging-sheet-print-hint }
imaging-sheet-caption-letter = { $copies ->
    [one] Una copia
   *[other] { $copies } copias
} en papel Carta (US Letter). { imaging-sheet-print-hint }
imaging-sheet-print-hint = Imprime al 100 % (“tamaño real”, no “ajustar a la página”) y luego recorta por las líneas grises.
