// A string with Danish letters is text a person reads; it belongs in a catalogue under shared/i18n/, where it
// can be found and translated. Comments and regular expressions may hold Danish (they match the text, they are
// not text); string literals, template literals and JSX text may not.
const DANISH_LETTERS = /[æøåÆØÅ]/;

export const noDanishLiterals = {
  meta: {
    type: 'problem',
    docs: { description: 'Danish text in string literals belongs in the i18n catalogues under shared/i18n/' },
    schema: [],
    messages: { danish: 'Text with Danish letters belongs in a catalogue under shared/i18n/ (one per feature).' },
  },
  create(context) {
    const report = (node) => context.report({ node, messageId: 'danish' });
    return {
      Literal(node) {
        if (typeof node.value === 'string' && DANISH_LETTERS.test(node.value)) report(node);
      },
      TemplateElement(node) {
        if (DANISH_LETTERS.test(node.value.cooked ?? node.value.raw)) report(node);
      },
      JSXText(node) {
        if (DANISH_LETTERS.test(node.value)) report(node);
      },
    };
  },
};
