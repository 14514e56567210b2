## Conversation: the screens a user sees, in order.

welcome =
    ¡Hola! Hago fotos para pasaporte, visa y documento de identidad que cumplen las normas oficiales.
    Envíame una selfie: mira a la cámara, con luz uniforme, fondo liso y sin lentes.
    Para la mejor calidad, envíala como archivo (📎 → Archivo) y así Telegram no la comprime.
welcome-preselected = Seleccionado: { $spec }.
ask-photo = Envíame una foto de tu cara (como foto, o como archivo para la mejor calidad).
photo-checking = Revisando tu foto…
photo-compressed-tip = Consejo: Telegram comprimió esta foto. Para el resultado más nítido, la próxima vez envíala como archivo.

choose-spec =
    ¿Para qué documento es la foto?
    Toca uno o escribe un país, un documento o un tamaño, p. ej. “pasaporte México”, “Alemania”, “35x45mm”, “2x2in”.
spec-search-results = Resultados para “{ $query }”:
spec-search-none = No hay resultados para “{ $query }”. Prueba con un país, un documento (pasaporte, visa, documento de identidad) o un tamaño como 35x45mm.
bg-white = Blanco
bg-light-grey = Gris claro
bg-blue = Azul
bg-red = Rojo
bg-gradient = Degradado azul → blanco
bg-custom = Otro color…
ask-custom-color = Escribe un color en código hexadecimal, p. ej. 438EDB. Para un degradado de arriba abajo, escribe dos: 438EDB FFFFFF.
custom-color-invalid = “{ $text }” no es un código de color. Usa seis dígitos hexadecimales, p. ej. 438EDB (o dos para un degradado).

outfit-own = Mantener mi ropa
outfit-group-man = Trajes de hombre
outfit-group-woman = Ropa de mujer
outfit-group-child = Ropa infantil
outfit-item = { $group ->
    [man] Hombre { $number }
    [woman] Mujer { $number }
   *[child] Niño { $number }
}
outfit-pick = Elige un atuendo:

touchup-bright = Iluminar: { $level }
touchup-smooth = Suavizar piel: { $level }
touchup-thin_face = Afinar rostro: { $level }
touchup-sharp = Nitidez: { $level }
touchup-level = { $level ->
    [0] no
    [1] suave
    [2] medio
   *[3] fuerte
}

choose-paper = Hoja para imprimir: tamaño y orientación del papel, color de la hoja y, si quieres, una etiqueta o un código QR.
paper-6inch = 6″ (4×6 pulgadas, 10×15 cm)
paper-5inch = 5″ (3,5×5 pulgadas)
paper-a4 = A4
paper-letter = Carta (US Letter)
paper-horizontal = Horizontal
paper-vertical = Vertical
paper-current = ✓ { $label }
sheet-canvas-ffffff = Hoja blanca
sheet-canvas-eeeeee = Hoja gris claro
sheet-canvas-ddeeff = Hoja azul claro
btn-sheet-label = 🏷 Agregar etiqueta
btn-sheet-label-set = 🏷 Etiqueta: { $text }
btn-sheet-qr = 🔳 Agregar código QR
btn-sheet-qr-set = 🔳 Código QR ✓
ask-sheet-label = Escribe la etiqueta que se imprimirá junto a las fotos (un nombre, una clase…): hasta 2 líneas de 40 caracteres.
ask-sheet-qr = Escribe lo que debe contener el código QR de la hoja: un enlace o un texto corto (hasta 300 caracteres).
btn-sheet-label-none = Sin etiqueta
btn-sheet-qr-none = Sin código QR
sheet-label-invalid = Esa etiqueta no cabe: hasta 2 líneas de { $chars } caracteres.
sheet-qr-invalid = Eso no cabe en el código QR: escribe de 1 a { $chars } caracteres.

outfit-none = ropa propia
touchups-none = ninguno

btn-change-spec = 📄 Documento
btn-change-background = 🎨 Fondo
btn-change-outfit = 👔 Ropa
btn-change-touchups = ✨ Retoques
btn-change-paper = 🖨 Papel
btn-final = ✅ Obtener la foto final
btn-new-photo = 📷 Nueva foto
btn-retry-preview = 🔁 Repetir la vista previa
btn-back = ← Atrás
btn-continue = Continuar →
btn-another-size = 📐 Otro tamaño con esta foto
btn-more = Más →
btn-prev = ← Anterior

final-already-running = Tu foto final ya se está creando; llegará en un momento.
preview-already-running = Todavía estoy creando tu vista previa; un momento.
final-photo-caption = { $spec } · { $size }
final-failed = { $reason } No se te cobró nada; toca “Obtener la foto final” para intentarlo de nuevo.
final-interrupted = El bot se reinició mientras creaba tu foto final. Toca “Obtener la foto final” para intentarlo de nuevo.

## General.
help =
    Convierto una selfie en una foto para pasaporte, visa o documento de identidad, y en una hoja para imprimir.
    1. Envía una foto de tu cara. 2. Elige el documento. 3. Elige fondo y ropa.
    4. Revisa la vista previa gratis. 5. Recibe la foto final y la hoja como archivos.
    Comandos: /start — empezar, /new — empezar de nuevo con otra foto, /cancel — detener, /deletedata — borrar tus datos, /help — este mensaje.
cancelled = Cancelado. Envía /start cuando necesites una foto.
nothing-to-cancel = No hay nada que cancelar. Envía /start para crear una foto.
menu-expired = Este menú ya venció. Envía /start para empezar de nuevo.
menu-not-yours = Este menú no es tuyo: envía /idphoto para obtener el tuyo.
tap-a-button = Toca uno de los botones de arriba (o /cancel para detener).
send-a-photo = Envía una foto de tu cara, como foto o como archivo.
unsupported-message = No puedo usar eso. Envía una foto de tu cara, como foto o como archivo.
session-timed-out = Tu sesión terminó tras una larga pausa y tu foto se eliminó. Envía /start para empezar de nuevo.
error-generic = Lo siento, algo salió mal por mi parte. Inténtalo de nuevo en un minuto o envía /start para empezar otra vez.
data-deleted = Listo: se eliminaron tus fotos, sesiones y datos personales. Solo quedan recuentos de uso anónimos.
## Command menu descriptions.
cmd-start = Crear una foto de pasaporte, visa o documento
cmd-new = Empezar de nuevo con otra foto
cmd-cancel = Detener la foto actual
cmd-help = Cómo funciona
cmd-deletedata = Borrar mis fotos y datos
photo-expired = Ya no tengo tu foto (se borra al cabo de un tiempo por tu privacidad). Envíala de nuevo.

## Language.
choose-language = Elige tu idioma:
language-set = Idioma: { $language }.
cmd-language = Cambiar el idioma
