# PicWish (ID photo service) errors, shown to the user.

picwish-error = Algo salió mal al crear tu foto. Inténtalo de nuevo en un minuto.
picwish-bad-setting = El ajuste “{ $field }” no es válido (permitido: { $allowed }). Elige otro valor.
picwish-no-image = Primero envíame una foto.
picwish-image-too-large = Esta foto pesa { $size_mb } MB; el límite es { $limit_mb } MB. Envía una foto más pequeña o envíala comprimida (como foto, no como archivo).
picwish-image-too-many-pixels = Esta foto mide { $width }×{ $height } píxeles; el límite es { $limit }×{ $limit }. Envía una foto más pequeña.
picwish-image-unsupported = No puedo usar este tipo de archivo. Envía una foto en JPG, PNG, WEBP, BMP o TIFF.
picwish-invalid-image = No pude leer esto como una foto. Envía una foto nítida con una sola cara, mirando a la cámara.
picwish-task-failed = El servicio de fotos no pudo procesar esta foto (código { $state }). Prueba con otra: una sola persona, de frente a la cámara y con luz uniforme. No se te cobró nada.
picwish-timeout = El servicio de fotos está tardando demasiado. Inténtalo de nuevo en un minuto. No se te cobró nada.
picwish-outcome-unknown = Perdí el contacto con el servicio de fotos mientras procesaba tu foto. Espera un minuto antes de volver a intentarlo.
picwish-busy = El servicio de fotos está ocupado en este momento. Inténtalo de nuevo en un minuto.
picwish-unreachable = Ahora mismo no puedo conectar con el servicio de fotos. Inténtalo de nuevo en unos minutos.
picwish-unavailable = El servicio de fotos no está disponible por un problema de nuestra parte. Inténtalo más tarde.
picwish-rejected = El servicio de fotos no aceptó esta solicitud. Prueba con otra foto u otros ajustes.
picwish-last-id-expired = El servicio de fotos ya no guarda tu foto anterior. Envíala de nuevo.
picwish-download-failed = Tu foto está hecha, pero no pude descargarla a tiempo. Inténtalo de nuevo.
