import type { ThemeConfig } from 'antd';

/** The CJK-first font stack of the whole app. */
export const fontFamily =
  "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/** Ant Design's default look with a calm blue and compact tables. */
export const theme: ThemeConfig = {
  token: { colorPrimary: '#1f6feb', colorInfo: '#1f6feb', fontFamily, borderRadius: 6 },
  components: {
    Layout: { headerBg: '#ffffff', siderBg: '#ffffff', bodyBg: '#f5f7fa', headerPadding: '0 20px' },
    Table: { cellPaddingBlockSM: 6, cellPaddingInlineSM: 8 },
    Menu: { itemBorderRadius: 6 },
  },
};
