# The offline engine (bot/engine/): problems with the face in a photo, and the compliance check
# of finished photos.

## Making the photo

engine-error = Algo deu errado ao fazer sua foto. Tente de novo ou envie outra foto.
engine-unavailable = O gerador de fotos está indisponível no momento por um problema do nosso lado. Tente mais tarde.
engine-unsupported = Este pedido não pode ser feito aqui. Escolha o documento de novo.
engine-outfits-need-picwish = As roupas só estão disponíveis com o serviço de fotos online, que não está configurado neste bot. Sua foto mantém sua própria roupa.

## The face in the photo (checked before anything is charged)

engine-face-problem = Não consigo usar o rosto desta foto. Envie uma foto nítida de uma só pessoa olhando direto para a câmera.
engine-no-face = Não encontrei nenhum rosto nesta foto. Envie uma foto do seu rosto, olhando direto para a câmera, com boa luz.
engine-several-faces = Encontrei { $count ->
        [one] { $count } rosto
       *[other] { $count } rostos
    } nesta foto. Uma foto de documento mostra só uma pessoa: envie uma foto só sua ou corte as outras pessoas.
engine-face-too-small = Seu rosto está pequeno demais nesta foto ({ $face_px } pixels de altura; preciso de pelo menos { $min_px }). Chegue mais perto da câmera ou envie uma foto em que seu rosto ocupe mais espaço.
engine-face-turned = Sua cabeça está virada para o lado. Olhe direto para a câmera, com o queixo reto, e tire a foto de novo.
engine-eyes-closed = Seus olhos parecem fechados nesta foto. Envie uma foto com os dois olhos abertos, olhando para a câmera.

## Compliance check of a finished photo (numbers in millimetres on the printed photo)

engine-check-no-face = Não encontrei o rosto na foto final, então não consegui conferir se ela cumpre as regras.
engine-check-intro = Atenção: medi esta foto e ela pode não cumprir as regras deste documento:
engine-check-head-height = A cabeça (do queixo ao topo) mede { $measured } mm; deveria medir { $min }–{ $max } mm.
engine-check-eye-line = Os olhos estão a { $measured } mm da borda inferior; deveriam estar a { $min }–{ $max } mm.
engine-check-head-top = O espaço acima da cabeça é de { $measured } mm; deveria ser de { $min }–{ $max } mm.
engine-check-face-width = O rosto tem { $measured } mm de largura; deveria ter { $min }–{ $max } mm.
engine-check-off-centre = A cabeça está { $offset } mm fora do centro.
engine-check-tilted = A cabeça está inclinada { $degrees }°.
engine-check-background-uneven = O fundo não está uniforme (só { $percent } % dele é de uma cor lisa).
engine-check-background-colour = A cor do fundo (#{ $found }) não é a exigida (#{ $expected }).
