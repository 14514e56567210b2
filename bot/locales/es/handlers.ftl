## The flow's messages when the final is free (the offline engine), and buttons' answers

# $spec, $size, $background, $outfit, $touchups, $paper: as in preview-caption
preview-caption-free =
    Vista previa gratis (con marca de agua) — { $spec }
    { $size } · fondo { $background } · { $outfit } · retoques: { $touchups }
    La foto final y una hoja { $paper } para imprimir son gratis.
choose-touchups-free = Retoques (opcionales, desactivados por defecto). Toca para cambiar la intensidad y luego Continuar.
# $paper: the print sheet's paper
confirm-final-free =
    ¿Hacer la foto final? Es gratis.
    Recibirás la foto y una hoja { $paper } para imprimir como archivos (sin compresión).
btn-confirm-free = ✅ Sí, hacerla

## A button names a document the bot no longer has (an old menu)

spec-unknown = Ese documento ya no está en la lista. Elige uno de nuevo.
