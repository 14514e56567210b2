## Conversation: the screens a user sees, in order.

welcome =
    Olá! Eu faço fotos para passaporte, visto e documento de identidade que seguem as regras oficiais.
    Envie uma selfie: olhe para a câmera, com luz uniforme, fundo liso e sem óculos.
    Para a melhor qualidade, envie como arquivo (📎 → Arquivo), assim o Telegram não comprime a foto.
welcome-preselected = Selecionado: { $spec }.
ask-photo = Envie uma foto do seu rosto (como foto ou, para a melhor qualidade, como arquivo).
photo-checking = Verificando sua foto…
photo-compressed-tip = Dica: o Telegram comprimiu esta foto. Para o resultado mais nítido, envie como arquivo da próxima vez.

choose-spec =
    Para qual documento é a foto?
    Toque em um ou digite um país, um documento ou um tamanho — por exemplo, “passaporte Brasil”, “Alemanha”, “35x45mm”, “2x2in”.
spec-search-results = Resultados para “{ $query }”:
spec-search-none = Nada encontrado para “{ $query }”. Tente o nome de um país, um documento (passaporte, visto, documento de identidade) ou um tamanho como 35x45mm.
bg-white = Branco
bg-light-grey = Cinza-claro
bg-blue = Azul
bg-red = Vermelho
bg-gradient = Degradê azul → branco
bg-custom = Outra cor…
ask-custom-color = Digite uma cor em código hexadecimal, por exemplo 438EDB. Para um degradê de cima para baixo, digite duas: 438EDB FFFFFF.
custom-color-invalid = “{ $text }” não é um código de cor. Use seis dígitos hexadecimais, por exemplo 438EDB (ou dois códigos para um degradê).

outfit-own = Manter minha roupa
outfit-group-man = Ternos masculinos
outfit-group-woman = Roupas femininas
outfit-group-child = Roupas infantis
outfit-item = { $group ->
    [man] Homem { $number }
    [woman] Mulher { $number }
   *[child] Criança { $number }
}
outfit-pick = Escolha uma roupa:

touchup-bright = Clarear: { $level }
touchup-smooth = Suavizar pele: { $level }
touchup-thin_face = Afinar rosto: { $level }
touchup-sharp = Nitidez: { $level }
touchup-level = { $level ->
    [0] não
    [1] leve
    [2] médio
   *[3] forte
}

choose-paper = Folha para impressão: tamanho e orientação do papel, cor da folha e, se quiser, uma etiqueta ou um código QR.
paper-6inch = 6″ (4×6 polegadas, 10×15 cm)
paper-5inch = 5″ (3,5×5 polegadas)
paper-a4 = A4
paper-letter = US Letter
paper-horizontal = Paisagem
paper-vertical = Retrato
paper-current = ✓ { $label }
sheet-canvas-ffffff = Folha branca
sheet-canvas-eeeeee = Folha cinza-claro
sheet-canvas-ddeeff = Folha azul-claro
btn-sheet-label = 🏷 Adicionar etiqueta
btn-sheet-label-set = 🏷 Etiqueta: { $text }
btn-sheet-qr = 🔳 Adicionar código QR
btn-sheet-qr-set = 🔳 Código QR ✓
ask-sheet-label = Escreva a etiqueta a imprimir ao lado das fotos (um nome, uma turma…): até 2 linhas de 40 caracteres.
ask-sheet-qr = Escreva o que o código QR da folha deve conter: um link ou um texto curto (até 300 caracteres).
btn-sheet-label-none = Sem etiqueta
btn-sheet-qr-none = Sem código QR
sheet-label-invalid = Essa etiqueta não cabe: até 2 linhas de { $chars } caracteres.
sheet-qr-invalid = Isso não cabe no código QR: escreva de 1 a { $chars } caracteres.

outfit-none = roupa própria
touchups-none = nenhum

btn-change-spec = 📄 Documento
btn-change-background = 🎨 Fundo
btn-change-outfit = 👔 Roupa
btn-change-touchups = ✨ Retoques
btn-change-paper = 🖨 Papel
btn-final = ✅ Obter a foto final
btn-new-photo = 📷 Nova foto
btn-retry-preview = 🔁 Tentar a prévia de novo
btn-back = ← Voltar
btn-continue = Continuar →
btn-another-size = 📐 Outro tamanho desta foto
btn-more = Mais →
btn-prev = ← Anterior

final-already-running = Sua foto final já está sendo feita — chega em instantes.
preview-already-running = Ainda estou criando sua prévia — só um momento.
final-photo-caption = { $spec } · { $size }
final-failed = { $reason } Nada foi cobrado; toque em “Obter a foto final” para tentar de novo.
final-interrupted = O bot reiniciou enquanto fazia sua foto final. Toque em “Obter a foto final” para tentar de novo.

## General.
help =
    Eu transformo uma selfie em foto para passaporte, visto ou documento de identidade, mais uma folha para impressão.
    1. Envie uma foto do seu rosto. 2. Escolha o documento. 3. Escolha o fundo e a roupa.
    4. Confira a prévia grátis. 5. Receba a foto final e a folha como arquivos.
    Comandos: /start — começar, /new — recomeçar com uma nova foto, /cancel — parar, /deletedata — apagar seus dados, /help — esta mensagem.
cancelled = Cancelado. Envie /start quando precisar de uma foto.
nothing-to-cancel = Não há nada para cancelar. Envie /start para fazer uma foto.
menu-expired = Este menu expirou. Envie /start para começar de novo.
menu-not-yours = Este menu não é seu — envie /idphoto para ter o seu.
tap-a-button = Toque em um dos botões acima (ou /cancel para parar).
send-a-photo = Envie uma foto do seu rosto — como foto ou como arquivo.
unsupported-message = Não consigo usar isso. Envie uma foto do seu rosto — como foto ou como arquivo.
session-timed-out = Sua sessão terminou depois de uma longa pausa e sua foto foi apagada. Envie /start para começar de novo.
error-generic = Desculpe, algo deu errado do meu lado. Tente de novo em um minuto ou envie /start para recomeçar.
data-deleted = Pronto: suas fotos, sessões e dados pessoais foram apagados. Ficam só contagens de uso anônimas.
## Command menu descriptions.
cmd-start = Fazer foto de passaporte, visto ou documento
cmd-new = Recomeçar com uma nova foto
cmd-cancel = Parar a foto atual
cmd-help = Como funciona
cmd-deletedata = Apagar minhas fotos e dados
photo-expired = Não tenho mais sua foto (ela é apagada depois de um tempo, para proteger sua privacidade). Envie de novo.

## Language.
choose-language = Escolha seu idioma:
language-set = Idioma: { $language }.
cmd-language = Mudar o idioma
