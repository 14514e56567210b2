## The flow's messages when the final is free (the offline engine), and buttons' answers

choose-touchups-free = Retoques (opcionales, desactivados por defecto). Toca para cambiar la intensidad y luego Continuar.
btn-confirm-free = ✅ Sí, hacerla

## A button names a document the bot no longer has (an old menu)

spec-unknown = Ese documento ya no está en la lista. Elige uno de nuevo.
