// Every translation file merged per language; each feature file owns its own top-level keys.
import academyEn from './academy.en.json';
import academyZhCN from './academy.zh-CN.json';
import coursesEn from './academy-courses.en.json';
import coursesZhCN from './academy-courses.zh-CN.json';
import quizzesEn from './academy-quizzes.en.json';
import quizzesZhCN from './academy-quizzes.zh-CN.json';
import simulatorEn from './academy-simulator.en.json';
import simulatorZhCN from './academy-simulator.zh-CN.json';
import progressEn from './academy-progress.en.json';
import progressZhCN from './academy-progress.zh-CN.json';
import en from './en.json';
import serviceEn from './service.en.json';
import serviceZhCN from './service.zh-CN.json';
import workEn from './work.en.json';
import workZhCN from './work.zh-CN.json';
import zhCN from './zh-CN.json';

/** The complete zh-CN and en resources. */
export const resources = {
  'zh-CN': { ...zhCN, ...workZhCN, ...serviceZhCN, ...academyZhCN, ...coursesZhCN, ...quizzesZhCN, ...simulatorZhCN, ...progressZhCN },
  en: { ...en, ...workEn, ...serviceEn, ...academyEn, ...coursesEn, ...quizzesEn, ...simulatorEn, ...progressEn },
};
