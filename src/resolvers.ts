/**
 * Custom resolvers next to the generated ones. Each question users ask lives in
 * src/questions/; this file only wires them in.
 */
export const resolvers = {};
