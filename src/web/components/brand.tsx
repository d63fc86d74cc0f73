import { Flex, Typography } from 'antd';

/** The product name, 聆听 Lingting, with its mark (the brand name is the one text not translated). */
export function Brand({ size = 18 }: { size?: number }) {
  return (
    <Flex align="center" gap={8}>
      <span
        aria-hidden
        style={{
          display: 'inline-flex',
          alignItems: 'center',
          justifyContent: 'center',
          width: size + 10,
          height: size + 10,
          borderRadius: 8,
          background: '#1f6feb',
          color: '#fff',
          fontWeight: 700,
          fontSize: size * 0.8,
        }}
      >
        聆
      </span>
      <Typography.Text strong style={{ fontSize: size, whiteSpace: 'nowrap' }}>
        聆听 <span style={{ fontWeight: 400, color: '#595959' }}>Lingting</span>
      </Typography.Text>
    </Flex>
  );
}
