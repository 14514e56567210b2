## The flow's messages when the final is free (the offline engine), and buttons' answers

choose-touchups-free = टच-अप (वैकल्पिक, शुरू में बंद)। ताक़त बदलने के लिए टैप करें, फिर “जारी रखें” दबाएँ।
btn-confirm-free = ✅ हाँ, बनाएँ

## A button names a document the bot no longer has (an old menu)

spec-unknown = यह दस्तावेज़ अब सूची में नहीं है। कृपया फिर से चुनें।
