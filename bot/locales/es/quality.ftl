quality-all-passed = ✅ La foto pasó todas las comprobaciones.
quality-more = …y { $count ->
    [one] un problema más
   *[other] { $count } problemas más
}
quality-upload-intro = Es probable que rechacen esta foto:
quality-upload-choice = Puedes enviar otra foto o seguir con esta.
quality-pose-yaw = Tienes la cabeza girada { $degrees }° hacia un lado: mira de frente a la cámara.
quality-pose-pitch = Tienes la barbilla inclinada { $degrees }° hacia arriba o abajo: mantén la cabeza recta.
quality-pose-roll = Tienes la cabeza ladeada { $degrees }°: la enderezamos, pero queda mejor con la cabeza recta.
quality-eyes-open = Tus ojos parecen cerrados o entrecerrados: mantén ambos ojos bien abiertos.
quality-gaze = Parece que miras hacia un lado: mira directamente a la cámara.
quality-mouth-open = Tienes la boca abierta: ciérrala.
quality-expression = Este documento exige una expresión neutra: sin sonreír y con la boca cerrada.
quality-glasses = Parece que llevas gafas: asegúrate de que no haya reflejos y de que la montura no tape los ojos, o quítatelas.
quality-glasses-forbidden = Quítate las gafas: este documento no las permite.
quality-lighting-exposure-low = Tu cara está demasiado oscura: hazte la foto de cara a una ventana o una lámpara.
quality-lighting-exposure-high = Tu cara está demasiado clara: evita el sol directo o el flash.
quality-lighting-clipped = Partes de tu cara están quemadas por la luz: evita el sol directo o el flash.
quality-lighting-uneven = Un lado de tu cara está en sombra: ponte de cara a la luz para que ambos lados estén iluminados por igual.
quality-colour-cast-low = Los colores se ven demasiado azules: hazte la foto con luz de día, no con luz de color.
quality-colour-cast-high = Los colores se ven demasiado verdes: hazte la foto con luz de día, no con luz de color.
quality-colour-none = La foto parece en blanco y negro: las fotos de documentos deben ser en color.
quality-sharpness = La foto está borrosa: sujeta la cámara quieta, enfoca tu cara y limpia el objetivo.
quality-compression = La foto está muy comprimida (se ven cuadros): envía la foto original como archivo.
quality-resolution = La foto tiene muy pocos píxeles para un resultado nítido: acércate o usa la cámara principal.
quality-leftovers = Pueden quedar restos del fondo antiguo alrededor de la cabeza o los hombros ({ $percent } %): una pared lisa detrás da un resultado limpio.
