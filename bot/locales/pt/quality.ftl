quality-all-passed = ✅ A foto passou em todas as verificações.
quality-more = …e mais { $count ->
    [one] um problema
   *[other] { $count } problemas
}
quality-upload-intro = É provável que esta foto seja recusada:
quality-upload-choice = Você pode enviar outra foto ou continuar com esta.
quality-pose-yaw = Sua cabeça está virada { $degrees }° para o lado: olhe de frente para a câmera.
quality-pose-pitch = Seu queixo está inclinado { $degrees }° para cima ou para baixo: mantenha a cabeça reta.
quality-pose-roll = Sua cabeça está inclinada { $degrees }°: ela será endireitada, mas fica melhor com a cabeça reta.
quality-eyes-open = Seus olhos parecem fechados ou semicerrados: mantenha os dois olhos bem abertos.
quality-gaze = Parece que você está olhando para o lado: olhe diretamente para a câmera.
quality-mouth-open = Sua boca está aberta: feche-a.
quality-expression = Este documento exige expressão neutra: sem sorriso, boca fechada.
quality-glasses = Parece que você está de óculos: verifique se não há reflexos e se a armação não cobre os olhos, ou tire-os.
quality-glasses-forbidden = Tire os óculos: este documento não os permite.
quality-lighting-exposure-low = Seu rosto está escuro demais: tire a foto de frente para uma janela ou luminária.
quality-lighting-exposure-high = Seu rosto está claro demais: evite sol direto ou flash.
quality-lighting-clipped = Partes do seu rosto estão estouradas pela luz: evite sol direto ou flash.
quality-lighting-uneven = Um lado do seu rosto está na sombra: fique de frente para a luz para que os dois lados fiquem iluminados por igual.
quality-colour-cast-low = As cores estão azuis demais: tire a foto com luz do dia, não sob luz colorida.
quality-colour-cast-high = As cores estão verdes demais: tire a foto com luz do dia, não sob luz colorida.
quality-colour-none = A foto parece estar em preto e branco: fotos de documento devem ser coloridas.
quality-sharpness = A foto está borrada: segure a câmera parada, foque no rosto e limpe a lente.
quality-compression = A foto está muito comprimida (aparecem quadrados): envie a foto original como arquivo.
quality-resolution = A foto tem poucos pixels para um resultado nítido: aproxime-se ou use a câmera principal.
quality-leftovers = Podem restar pedaços do fundo antigo em volta da cabeça ou dos ombros ({ $percent } %): uma parede lisa atrás de você dá um resultado limpo.
