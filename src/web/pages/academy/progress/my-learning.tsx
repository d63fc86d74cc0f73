/** The learner's assignments with due dates and progress, shown at the top of "my learning". */
export function MyLearning() {
  return null;
}
