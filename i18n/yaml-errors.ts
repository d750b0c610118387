/**
 * The `yaml` parser's errors in Chinese, by its error code (yaml's ErrorCode; engine/scenario/yaml-source.ts
 * keeps it on the problem as `yaml:<CODE>`), so a Chinese reader never gets the parser's English sentence
 * (newcomer trial item 8). Each says what is wrong at the problem's line and column and what to do; the
 * problem's own "expected" (合法的 YAML…) follows it.
 */
const YAML_ZH: Readonly<Record<string, string>> = {
  ALIAS_PROPS: "别名（*名称）前不能加锚点或标签",
  BAD_ALIAS: "别名写法不对（应为 *名称）",
  BAD_DIRECTIVE: "指令行（以 % 开头）写法不对",
  BAD_DQ_ESCAPE: "双引号字符串中的转义写法不对（如 \\u 后应为十六进制数字）",
  BAD_INDENT: "缩进不对：同一层级的各项应对齐，下一层应多缩进",
  BAD_PROP_ORDER: "锚点（&名称）或标签（!标签）的位置不对",
  BAD_SCALAR_START: "值不能以此字符开头（含 @、`、% 等字符的值请加引号）",
  BLOCK_AS_IMPLICIT_KEY: "多行的映射或列表不能作为键",
  BLOCK_IN_FLOW: "方括号或花括号内不能使用换行缩进的写法",
  DUPLICATE_KEY: "同一映射中有重复的键",
  IMPOSSIBLE: "文件无法解析",
  KEY_OVER_1024_CHARS: "键过长（不得超过 1024 个字符）",
  MISSING_CHAR: "缺少应有的字符（如未闭合的引号、方括号或花括号，或键后缺少冒号）",
  MULTILINE_IMPLICIT_KEY: "键必须写在同一行内（可能是上一行缺少冒号或引号未闭合）",
  MULTIPLE_ANCHORS: "同一节点有多个锚点",
  MULTIPLE_DOCS: "文件中有多个文档（--- 分隔），只能有一个",
  MULTIPLE_TAGS: "同一节点有多个标签",
  NON_STRING_KEY: "键必须是文本",
  RESOURCE_EXHAUSTION: "别名展开次数过多（疑似“别名炸弹”）",
  TAB_AS_INDENT: "缩进中有制表符，请改用空格",
  TAG_RESOLVE_FAILED: "无法识别的标签（!标签）",
  UNEXPECTED_TOKEN: "此处出现了不应有的内容（检查冒号、短横线和引号）",
  BAD_COLLECTION_TYPE: "标签与集合类型不符",
  // engine/scenario/yaml-source.ts: a flow collection never closed, at its opening bracket (the parser calls it BAD_INDENT)
  UNCLOSED_SEQ: "方括号 [ 未闭合：从此处开始的列表缺少对应的 ]",
  UNCLOSED_MAP: "花括号 { 未闭合：从此处开始的映射缺少对应的 }",
};

/** The Chinese wording of a problem whose `code` is a yaml error (`yaml:<CODE>`); undefined for other codes. */
export function yamlProblemZh(code: string | undefined): string | undefined {
  if (code === undefined || !code.startsWith("yaml:")) return undefined;
  const kind = code.slice("yaml:".length);
  // an alias bomb is well-formed YAML refused for its size, not a syntax error
  return kind === "RESOURCE_EXHAUSTION" ? YAML_ZH[kind]! : `YAML 语法错误：${YAML_ZH[kind] ?? "文件无法解析"}`;
}
