## Photo specifications: document words, titles, the requirements message, custom sizes, diagram.

## Document kinds (used in titles, first word: capitalised).
specs-doc-passport = Pasaporte
specs-doc-visa = Visa
specs-doc-schengen-visa = Visa Schengen
specs-doc-evisa = Visa electrónica
specs-doc-visa-on-arrival = Visa a la llegada
specs-doc-id-card = Documento de identidad
specs-doc-internal-passport = Pasaporte interno
specs-doc-residence-permit = Permiso de residencia
specs-doc-green-card = Green Card
specs-doc-dv-lottery = Lotería de visas DV
specs-doc-pr-card = Tarjeta PR
specs-doc-oci-card = Tarjeta OCI
specs-doc-citizenship = Ciudadanía
specs-doc-driving-licence = Licencia de conducir
specs-doc-police-certificate = Certificado de antecedentes penales
specs-doc-pan-card = Tarjeta PAN
specs-doc-voter-id = Credencial de elector
specs-doc-custom = Tamaño personalizado

specs-title = { $document } de { $country }
specs-title-variant = { $document } de { $country } ({ $variant })
specs-title-custom = Tamaño personalizado { $size }

## Sizes.
specs-size-mm = { $width }×{ $height } mm
specs-size-in = { $width }×{ $height } pulgadas
specs-size-px = { $width }×{ $height } píxeles

## Background colours.
specs-colour-white = blanco
specs-colour-off-white = blanco roto
specs-colour-light-grey = gris claro
specs-colour-grey = gris
specs-colour-cream = crema
specs-colour-beige = beige
specs-colour-light-blue = azul claro
specs-colour-blue = azul
specs-colour-red = rojo
specs-colour-other = color personalizado

## The requirements message, one line each.
specs-req-size = 📐 { $size }
specs-req-size-digital = 📐 Foto digital, { $size }
specs-req-head = 👤 Cabeza, de la barbilla a la coronilla: { $min }–{ $max } mm
specs-req-head-pct = 👤 Cabeza, de la barbilla a la coronilla: { $min }–{ $max } % de la altura
specs-req-eyes = 👁 Ojos: { $min }–{ $max } mm desde el borde inferior
specs-req-head-top = ⬆️ Espacio sobre la cabeza: { $min }–{ $max } mm
specs-req-background = 🎨 Fondo: { $colours }
specs-req-file = 💾 Archivo { $format }
specs-req-file-limit = 💾 Archivo { $format }, del tamaño que acepta el formulario en línea
specs-req-rules = 🙂 { $rules }
specs-rule-no-glasses = sin lentes
specs-rule-glasses-clear = se permiten lentes transparentes si los ojos se ven por completo
specs-rule-neutral = expresión neutra, boca cerrada
specs-rule-smile-ok = se permite una sonrisa leve
specs-rule-recent = { $months ->
    [one] tomada en el último mes
   *[other] tomada en los últimos { $months } meses
}

## Warnings shown with a spec.
specs-warning-office-capture = ⚠️ Es posible que la oficina tome la foto en tu cita. Confírmalo antes de imprimirla o pagar por ella.
specs-warning-de-e-photo = ⚠️ Desde mayo de 2025, las fotos para el pasaporte y el documento de identidad alemanes se toman en la oficina de ciudadanos (Bürgeramt) o las envía allí digitalmente un fotógrafo registrado; ya no se aceptan fotos impresas.
specs-warning-no-edit = ⚠️ Se rechazan las fotos con el fondo editado o reemplazado. Tómate la selfie frente a una pared lisa y clara, y conserva ese fondo.
specs-warning-photographer = ⚠️ Debe tomarla un fotógrafo profesional, que escribe el nombre del estudio y la fecha en el reverso.
specs-warning-hijab = ⚠️ Las mujeres deben llevar pañuelo (hiyab); toda la cara debe quedar visible.
specs-warning-size-disputed = ⚠️ Las fuentes no coinciden en el tamaño: algunas indican { $size }. Consúltalo con la oficina que tramita tu solicitud.

## Custom sizes.
specs-custom-error-format = No pude leer “{ $text }” como tamaño de foto. Prueba 35x45mm, 2x2in o 600x800px.
specs-custom-error-unit = ¿“{ $text }” está en milímetros, pulgadas o píxeles? Agrega la unidad, p. ej. { $example }, 2x2in o 600x800px.
specs-custom-error-mm-range = Cada lado debe medir entre { $min } y { $max } mm.
specs-custom-error-px-range = Cada lado debe medir entre { $min } y { $max } píxeles.
specs-custom-error-landscape = Es más ancha que alta, y las fotos de documento son verticales. ¿Querías decir { $suggestion }?
specs-custom-error-ratio = Esa forma es demasiado estrecha para una foto de cara: ancho ÷ alto debe estar entre { $min } y { $max }.
specs-custom-error-dpi = La resolución debe estar entre { $min } y { $max } dpi.
specs-custom-error-too-big = A { $dpi } dpi eso son { $width }×{ $height } píxeles, más que el límite de { $max } px. Usa menos dpi.

## Diagram labels.
specs-diagram-side = { $value } mm
specs-diagram-side-px = { $value } px
specs-diagram-head = cabeza { $min }–{ $max } mm
specs-diagram-eyes = ojos { $min }–{ $max } mm
specs-diagram-head-pct = cabeza { $min }–{ $max } %
specs-diagram-eyes-pct = ojos { $min }–{ $max } %
