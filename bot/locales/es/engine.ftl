# The offline engine (bot/engine/): problems with the face in a photo, and the compliance check
# of finished photos.

## Making the photo

engine-error = Algo salió mal al crear tu foto. Inténtalo de nuevo o envía otra foto.
engine-unavailable = El creador de fotos no está disponible ahora por un problema de nuestra parte. Inténtalo más tarde.
engine-unsupported = Esta solicitud no se puede hacer aquí. Elige el documento de nuevo.
engine-outfits-need-picwish = La ropa formal solo está disponible con el servicio de fotos en línea, que no está configurado en este bot. Tu foto conserva tu propia ropa.

## The face in the photo (checked before anything is charged)

engine-face-problem = No puedo usar la cara de esta foto. Envía una foto nítida de una sola persona mirando de frente a la cámara.
engine-no-face = No encontré ninguna cara en esta foto. Envía una foto de tu cara, mirando de frente a la cámara y con buena luz.
engine-several-faces = Encontré { $count ->
        [one] { $count } cara
       *[other] { $count } caras
    } en esta foto. Una foto de documento muestra a una sola persona: envía una foto solo tuya o recorta a los demás.
engine-face-too-small = Tu cara se ve demasiado pequeña en esta foto ({ $face_px } píxeles de alto; necesito al menos { $min_px }). Acércate a la cámara o envía una foto en la que tu cara ocupe más espacio.
engine-face-turned = Tu cabeza está girada. Mira de frente a la cámara, con la barbilla recta, y vuelve a tomar la foto.
engine-eyes-closed = Parece que tienes los ojos cerrados en esta foto. Envía una foto con los dos ojos abiertos, mirando a la cámara.

## Compliance check of a finished photo (numbers in millimetres on the printed photo)

engine-check-no-face = No encontré la cara en la foto final, así que no pude comprobar si cumple las normas.
engine-check-intro = Aviso: medí esta foto y puede que no cumpla las normas de este documento:
engine-check-head-height = La cabeza (de la barbilla a la coronilla) mide { $measured } mm; debería medir { $min }–{ $max } mm.
engine-check-eye-line = Los ojos están a { $measured } mm del borde inferior; deberían estar a { $min }–{ $max } mm.
engine-check-head-top = El espacio sobre la cabeza es de { $measured } mm; debería ser de { $min }–{ $max } mm.
engine-check-face-width = La cara mide { $measured } mm de ancho; debería medir { $min }–{ $max } mm.
engine-check-off-centre = La cabeza está descentrada { $offset } mm.
engine-check-tilted = La cabeza está inclinada { $degrees }°.
engine-check-background-uneven = El fondo no es uniforme (solo el { $percent } % es de un único color liso).
engine-check-background-colour = El color del fondo (#{ $found }) no es el requerido (#{ $expected }).
