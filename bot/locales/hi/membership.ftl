# Group links that do not apply: not a member, or a group the bot does not know (handlers/commands.py).
group-link-not-member = आप “{ $group }” के सदस्य नहीं हैं, इसलिए उसकी सेटिंग, कोटा और बजट यहाँ लागू नहीं होते। आप फिर भी यहाँ ख़ुद अपनी फ़ोटो बना सकते हैं।
group-link-unknown = यह ग्रुप लिंक काम नहीं करता (ग्रुप यह बॉट इस्तेमाल नहीं करता, या लिंक पुराना है)। आप फिर भी यहाँ ख़ुद अपनी फ़ोटो बना सकते हैं।
